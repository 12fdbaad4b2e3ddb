package io.sellerbridge.sandbox;

import com.sun.net.httpserver.HttpExchange;

import java.util.List;

/**
 * The x-amz-access-token check every SP-API endpoint makes first: a missing, unknown or expired LWA
 * token gets Amazon's 403 Unauthorized, a valid one names the seller it was issued for.
 */
final class SpApiAccess {
    private static final String DENIED = "Access to requested resource is denied.";

    /**
     * Either the seller the token speaks for, or the 403 to send instead (exactly one is non-null); {@code grants}
     * are a Restricted Data Token's resources (null for an LWA access token).
     */
    record Outcome(String sellerId, Reply denied, List<AccessTokens.Grant> grants) {
        boolean allowed() {
            return denied == null;
        }

        boolean restricted() {
            return grants != null;
        }
    }

    private final AccessTokens accessTokens;

    SpApiAccess(AccessTokens accessTokens) {
        this.accessTokens = accessTokens;
    }

    Outcome check(HttpExchange exchange) {
        String token = exchange.getRequestHeaders().getFirst("x-amz-access-token");
        if (token == null || token.isBlank()) {
            return denied("Access token is missing in the request header.");
        }
        AccessTokens.Check check = accessTokens.check(token.trim());
        return switch (check.state()) {
            case UNKNOWN -> denied("The access token you provided is revoked, malformed or invalid.");
            case EXPIRED -> denied("The access token you provided has expired.");
            case VALID -> new Outcome(check.sellerId(), null, check.grants());
        };
    }

    /** The body of a 403 for a fault injected with {@link Faults#failNext}, where no token was judged. */
    static Reply forbidden() {
        return Reply.spError(403, "Unauthorized", DENIED, "");
    }

    private static Outcome denied(String details) {
        return new Outcome(null, Reply.spError(403, "Unauthorized", DENIED, details), null);
    }

    /** A Restricted Data Token used for a resource it does not grant. */
    static Reply notGranted() {
        return Reply.spError(403, "Unauthorized", DENIED, "The restricted data token does not grant this resource.");
    }
}
