package io.sellerbridge.mws;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** ListOrderItemsByNextToken: the next page of one order's items. */
@XmlRootElement(name = "ListOrderItemsByNextTokenResponse")
public class ListOrderItemsByNextTokenResponse extends MwsEnvelope implements MwsOrderItemsResponse {

    @XmlElement(name = "ListOrderItemsByNextTokenResult")
    private MwsOrderItemsResult result;

    @Override
    public MwsOrderItemsResult result() {
        return result;
    }
}
