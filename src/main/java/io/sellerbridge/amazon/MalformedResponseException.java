package io.sellerbridge.amazon;

/** Amazon answered 2xx with a body that is not the documented JSON; keeps the raw body for the dead-letter topic. */
public class MalformedResponseException extends RuntimeException {

    private final String rawBody;

    public MalformedResponseException(String message, String rawBody, Throwable cause) {
        super(message, cause);
        this.rawBody = rawBody;
    }

    public String rawBody() {
        return rawBody;
    }
}
