package io.sellerbridge.mws;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** ListOrdersByNextToken: the next page of a ListOrders query. */
@XmlRootElement(name = "ListOrdersByNextTokenResponse")
public class ListOrdersByNextTokenResponse implements MwsOrdersResponse {

    @XmlElement(name = "ListOrdersByNextTokenResult")
    private MwsOrdersResult result;

    @XmlElement(name = "ResponseMetadata")
    private ResponseMetadata responseMetadata;

    @Override
    public MwsOrdersResult result() {
        return result;
    }

    @Override
    public String requestId() {
        return responseMetadata == null ? null : responseMetadata.requestId();
    }
}
