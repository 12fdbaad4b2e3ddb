package io.sellerbridge.sandbox;

/** A request Amazon would reject with 400 InvalidInput; the message becomes the error message. */
final class InvalidInputException extends RuntimeException {
    InvalidInputException(String message) {
        super(message, null, false, false);
    }
}
