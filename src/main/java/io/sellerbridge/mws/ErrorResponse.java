package io.sellerbridge.mws;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

import java.util.List;
import java.util.Objects;

/**
 * "If a request is unsuccessful, the main response element is ErrorResponse, irrespective of the action requested"
 * (MWS Developer Guide). Its namespace varies (doc/2009-01-01, Orders/2011-01-01, ...): {@link MwsXml} reads it by
 * name. The request id is {@code RequestID} here but {@code RequestId} in successful responses; both are read.
 */
@XmlRootElement(name = "ErrorResponse")
public class ErrorResponse implements MwsResponse {

    @XmlElement(name = "Error")
    private List<MwsError> errors;

    @XmlElement(name = "RequestID")
    private String requestIdUpperD;

    @XmlElement(name = "RequestId")
    private String requestIdLowerD;

    /** Empty, never null. */
    public List<MwsError> errors() {
        return errors == null ? List.of() : errors.stream().filter(Objects::nonNull).toList();
    }

    @Override
    public String requestId() {
        return requestIdUpperD != null ? requestIdUpperD : requestIdLowerD;
    }
}
