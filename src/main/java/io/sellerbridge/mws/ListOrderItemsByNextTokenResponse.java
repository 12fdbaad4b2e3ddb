package io.sellerbridge.mws;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** ListOrderItemsByNextToken: the next page of one order's items. */
@XmlRootElement(name = "ListOrderItemsByNextTokenResponse")
public class ListOrderItemsByNextTokenResponse implements MwsOrderItemsResponse {

    @XmlElement(name = "ListOrderItemsByNextTokenResult")
    private MwsOrderItemsResult result;

    @XmlElement(name = "ResponseMetadata")
    private ResponseMetadata responseMetadata;

    @Override
    public MwsOrderItemsResult result() {
        return result;
    }

    @Override
    public String requestId() {
        return responseMetadata == null ? null : responseMetadata.requestId();
    }
}
