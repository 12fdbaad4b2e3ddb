package io.sellerbridge.inventory;

/** The scan's nextToken is too old to be sent back (Amazon's expire 30 s after they were issued). */
public class NextTokenExpiredException extends RuntimeException {

    public NextTokenExpiredException(String message) {
        super(message);
    }
}
