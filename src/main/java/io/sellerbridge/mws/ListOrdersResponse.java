package io.sellerbridge.mws;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** ListOrders: one page of orders changed or created in a window. */
@XmlRootElement(name = "ListOrdersResponse")
public class ListOrdersResponse extends MwsEnvelope implements MwsOrdersResponse {

    @XmlElement(name = "ListOrdersResult")
    private MwsOrdersResult result;

    @Override
    public MwsOrdersResult result() {
        return result;
    }
}
