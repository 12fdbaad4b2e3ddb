package io.sellerbridge.spapi;

import java.time.Instant;

/** An LWA access token and the instant Amazon said it expires. {@link #toString()} hides the value. */
public record AccessToken(String value, Instant expiresAt) {

    /** Still valid {@code margin} from {@code now}: a call made with it will not find it expired. */
    public boolean usableAt(Instant now, java.time.Duration margin) {
        return now.plus(margin).isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "AccessToken[expiresAt=" + expiresAt + "]";
    }
}
