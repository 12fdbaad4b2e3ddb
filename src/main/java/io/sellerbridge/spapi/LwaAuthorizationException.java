package io.sellerbridge.spapi;

/**
 * LWA refused the seller's credentials (invalid_grant, invalid_client, unauthorized_client): retrying cannot help,
 * a person must fix the property the message names.
 */
public class LwaAuthorizationException extends RuntimeException {

    public LwaAuthorizationException(String message) {
        super(message);
    }
}
