package io.sellerbridge.mws;

import jakarta.xml.bind.annotation.XmlElement;

/** {@code <ResponseMetadata><RequestId>} of every successful MWS response. */
public class ResponseMetadata {

    @XmlElement(name = "RequestId")
    private String requestId;

    public String requestId() {
        return requestId;
    }
}
