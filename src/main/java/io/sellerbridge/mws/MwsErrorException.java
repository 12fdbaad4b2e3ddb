package io.sellerbridge.mws;

import io.sellerbridge.amazon.AmazonHttpError;

/**
 * MWS answered with an {@code ErrorResponse}: carries Amazon's code and message. Throttling (503 RequestThrottled)
 * and server errors are retried; SignatureDoesNotMatch, InvalidParameterValue, AccessDenied and the like are not,
 * since the same request would get the same answer.
 */
public class MwsErrorException extends RuntimeException implements AmazonHttpError {

    private final int statusCode;
    private final String code;

    public MwsErrorException(String action, int statusCode, String body) {
        super("MWS " + action + " answered HTTP " + statusCode + ": " + MwsErrors.describe(body));
        this.statusCode = statusCode;
        this.code = MwsErrors.code(body).orElse(null);
    }

    @Override
    public int getStatusCode() {
        return statusCode;
    }

    public String getCode() {
        return code;
    }

    /** Read by the route's onException: retry throttling and server errors only. */
    public boolean isRetryable() {
        return statusCode >= 500 && !MwsErrors.CREDENTIAL_CODES.contains(code);
    }
}
