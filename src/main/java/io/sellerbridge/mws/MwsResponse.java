package io.sellerbridge.mws;

/** Any parsed MWS Orders response, including {@link ErrorResponse}. */
public interface MwsResponse {

    /** Amazon's request id (for support cases), or null when the response has none. */
    String requestId();
}
