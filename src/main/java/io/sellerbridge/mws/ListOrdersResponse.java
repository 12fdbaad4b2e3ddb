package io.sellerbridge.mws;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** ListOrders: one page of orders changed or created in a window. */
@XmlRootElement(name = "ListOrdersResponse")
public class ListOrdersResponse implements MwsOrdersResponse {

    @XmlElement(name = "ListOrdersResult")
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
