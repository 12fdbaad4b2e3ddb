package io.sellerbridge.sandbox;

import io.sellerbridge.mws.ErrorResponse;
import io.sellerbridge.mws.ResponseMetadata;
import java.util.UUID;

/**
 * MWS's error answer, whatever the action: {@code <ErrorResponse><Error><Type/><Code/><Message/></Error>
 * <RequestID/></ErrorResponse>} (RequestID with a capital D, unlike ResponseMetadata/RequestId).
 */
final class MwsErrors {
    static final String SIGNATURE_DOES_NOT_MATCH = "The request signature we calculated does not match the "
            + "signature you provided. Check your AWS Secret Access Key and signing method. Consult the service "
            + "documentation for details.";

    private MwsErrors() {
    }

    static Reply of(MwsRequestException e) {
        return error(e.status(), "Sender", e.code(), e.getMessage(), false);
    }

    static Reply invalidParameter(String message) {
        return error(400, "Sender", "InvalidParameterValue", message, false);
    }

    /** The leaky bucket ran dry: 503 with Type Sender (the caller's fault), unlike a real outage. */
    static Reply throttled() {
        return error(503, "Sender", "RequestThrottled", "Request is throttled", true);
    }

    /** Answers for {@link Faults#failNext}; 5xx are the service's fault (Type Receiver). */
    static Reply failure(int httpStatus) {
        return switch (httpStatus) {
            case 500 -> error(500, "Receiver", "InternalError", "We encountered an internal error. Please try again.", false);
            case 503 -> error(503, "Receiver", "ServiceUnavailable", "Service is temporarily unavailable. Please try again.",
                    false);
            case 400 -> invalidParameter("Injected failure: invalid parameter value.");
            case 401 -> error(401, "Sender", "AccessDenied", "Access denied.", false);
            case 403 -> error(403, "Sender", "InvalidAccessKeyId",
                    "The AWS Access Key Id you provided does not exist in our records.", false);
            case 404 -> error(404, "Sender", "InvalidAddress", "The address is not valid for this web service.", false);
            default -> error(httpStatus, httpStatus >= 500 ? "Receiver" : "Sender", "InternalError",
                    "Injected failure " + httpStatus, false);
        };
    }

    static Reply error(int status, String type, String code, String message, boolean throttle) {
        String requestId = UUID.randomUUID().toString();
        byte[] body = MwsXml.document("ErrorResponse", xml -> {
            xml.start("Error");
            xml.element("Type", type);
            xml.element("Code", code);
            xml.element("Message", message);
            xml.end();
            xml.element("RequestID", requestId);
        });
        return MwsXml.reply(status, body, requestId, throttle);
    }
}
