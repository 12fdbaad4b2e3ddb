package io.sellerbridge.spapi;

import java.io.IOException;

/** LWA could not be reached or answered with a server error; the call that needed the token is retried. */
public class LwaUnavailableException extends IOException {

    public LwaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
