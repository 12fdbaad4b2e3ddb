package io.sellerbridge.mws;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** ListOrderItems: the first page of one order's items. */
@XmlRootElement(name = "ListOrderItemsResponse")
public class ListOrderItemsResponse implements MwsOrderItemsResponse {

    @XmlElement(name = "ListOrderItemsResult")
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
