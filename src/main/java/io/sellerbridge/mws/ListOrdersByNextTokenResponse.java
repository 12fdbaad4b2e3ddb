package io.sellerbridge.mws;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** ListOrdersByNextToken: the next page of a ListOrders query. */
@XmlRootElement(name = "ListOrdersByNextTokenResponse")
public class ListOrdersByNextTokenResponse extends MwsEnvelope implements MwsOrdersResponse {

    @XmlElement(name = "ListOrdersByNextTokenResult")
    private MwsOrdersResult result;

    @Override
    public MwsOrdersResult result() {
        return result;
    }
}
