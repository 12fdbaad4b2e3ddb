package io.sellerbridge.sandbox;

import com.sun.net.httpserver.HttpExchange;

import java.util.List;

/**
 * The x-amz-access-token check every SP-API endpoint makes first: a missing, unknown or expired LWA
 * token gets Amazon's 403 Unauthorized, a valid one names whom it was issued for: a seller (and the application
 * the seller authorised), or for a grantless token the application alone.
 */
final class SpApiAccess {
    private static final String DENIED = "Access to requested resource is denied.";

    /** Either the caller's valid token, or the 403 to send instead (exactly one is non-null). */
    record Outcome(AccessTokens.Check token, Reply denied) {
        boolean allowed() {
            return denied == null;
        }

        String sellerId() {
            return token.sellerId();
        }

        /** The application (LWA client id); null for a Restricted Data Token. */
        String clientId() {
            return token.clientId();
        }

        List<AccessTokens.Grant> grants() {
            return token.grants();
        }

        boolean restricted() {
            return token.grants() != null;
        }

        boolean grantless() {
            return token.grantless();
        }

        /** Whose usage plan the call draws on: the seller's, or the application's for a grantless call. */
        String party() {
            return grantless() ? clientId() : sellerId();
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
            case VALID -> new Outcome(check, null);
        };
    }

    /**
     * The body of a 403 without details: a fault injected with {@link Faults#failNext}, a token of the wrong kind
     * (grantless for a seller's operation, a seller's for a grantless one), or an application not allowed a resource.
     */
    static Reply forbidden() {
        return Reply.spError(403, "Unauthorized", DENIED, "");
    }

    private static Outcome denied(String details) {
        return new Outcome(null, Reply.spError(403, "Unauthorized", DENIED, details));
    }

    /** A Restricted Data Token used for a resource it does not grant. */
    static Reply notGranted() {
        return Reply.spError(403, "Unauthorized", DENIED, "The restricted data token does not grant this resource.");
    }
}
