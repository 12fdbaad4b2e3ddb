package io.sellerbridge.mws;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlTransient;

/** What every successful MWS Orders response carries beside its result: the metadata with Amazon's request id. */
@XmlTransient
public abstract class MwsEnvelope implements MwsResponse {

    @XmlElement(name = "ResponseMetadata")
    private ResponseMetadata responseMetadata;

    @Override
    public String requestId() {
        return responseMetadata == null ? null : responseMetadata.requestId();
    }
}
