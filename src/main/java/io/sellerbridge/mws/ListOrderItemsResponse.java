package io.sellerbridge.mws;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** ListOrderItems: the first page of one order's items. */
@XmlRootElement(name = "ListOrderItemsResponse")
public class ListOrderItemsResponse extends MwsEnvelope implements MwsOrderItemsResponse {

    @XmlElement(name = "ListOrderItemsResult")
    private MwsOrderItemsResult result;

    @Override
    public MwsOrderItemsResult result() {
        return result;
    }
}
