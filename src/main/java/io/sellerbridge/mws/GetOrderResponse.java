package io.sellerbridge.mws;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** GetOrder: the orders asked for by AmazonOrderId. */
@XmlRootElement(name = "GetOrderResponse")
public class GetOrderResponse implements MwsOrdersResponse {

    @XmlElement(name = "GetOrderResult")
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
