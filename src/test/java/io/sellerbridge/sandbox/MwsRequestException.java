package io.sellerbridge.sandbox;

import io.sellerbridge.mws.ErrorResponse;

/** A request MWS rejects; becomes an ErrorResponse with this HTTP status, Code and Message (Type Sender). */
final class MwsRequestException extends RuntimeException {
    private final int status;
    private final String code;

    MwsRequestException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    /** 400 InvalidParameterValue, MWS's answer to a missing, malformed or out-of-range parameter. */
    static MwsRequestException invalidParameter(String message) {
        return new MwsRequestException(400, "InvalidParameterValue", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
