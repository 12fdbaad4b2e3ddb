package io.sellerbridge.spapi;

import java.time.Instant;

/** An LWA access token and the instant Amazon said it expires. {@link #toString()} hides the value. */
public record AccessToken(String value, Instant expiresAt) {

    @Override
    public String toString() {
        return "AccessToken[expiresAt=" + expiresAt + "]";
    }
}
