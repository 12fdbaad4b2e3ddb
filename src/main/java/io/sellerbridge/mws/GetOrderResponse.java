package io.sellerbridge.mws;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** GetOrder: the orders asked for by AmazonOrderId. */
@XmlRootElement(name = "GetOrderResponse")
public class GetOrderResponse extends MwsEnvelope implements MwsOrdersResponse {

    @XmlElement(name = "GetOrderResult")
    private MwsOrdersResult result;

    @Override
    public MwsOrdersResult result() {
        return result;
    }
}
