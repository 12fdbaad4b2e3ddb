package io.sellerbridge.spapi;

import io.sellerbridge.amazon.AmazonCall;
import org.apache.camel.Exchange;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Grantless access tokens (LWA {@code client_credentials}) for the operations that act for the application rather
 * than a seller: the Notifications API's destinations, scope {@code sellingpartnerapi::notifications}. One token per
 * application (client id), reused until shortly before it expires; the seller on the exchange only lends its
 * application's credentials.
 */
public class GrantlessTokens {

    public static final String NOTIFICATIONS_SCOPE = "sellingpartnerapi::notifications";
    /** The operations that take a grantless token (Notifications API v1: "The ... API is grantless"). */
    private static final Set<String> GRANTLESS_OPERATIONS = Set.of("getDestinations", "createDestination");

    /** Fetches a grantless token; {@link LwaTokenClient#fetchGrantless} in production. */
    @FunctionalInterface
    public interface Source {
        AccessToken fetch(SpApiSeller seller, String scope) throws LwaUnavailableException;
    }

    private final Source source;
    private final Clock clock;
    private final Duration refreshMargin;
    private final Map<String, AccessToken> tokens = new ConcurrentHashMap<>();

    public GrantlessTokens(Source source, Clock clock, Duration refreshMargin) {
        this.source = source;
        this.clock = clock;
        this.refreshMargin = refreshMargin;
    }

    /** The token for this call if it is a grantless operation, else none (the seller's token). */
    Optional<String> tokenFor(SpApiSeller seller, Exchange exchange) throws LwaUnavailableException {
        if (!GRANTLESS_OPERATIONS.contains(AmazonCall.operation(exchange))) {
            return Optional.empty();
        }
        // concurrent first calls may both fetch: harmless, a grantless call is rare (start-up, then hourly)
        AccessToken token = tokens.get(application(seller));
        if (token == null || !token.usableAt(clock.instant(), refreshMargin)) {
            token = source.fetch(seller, NOTIFICATIONS_SCOPE);
            tokens.put(application(seller), token);
        }
        return Optional.of(token.value());
    }

    /** The application's credentials: a rotated client secret gets a token of its own. */
    private static String application(SpApiSeller seller) {
        return seller.clientId() + '\n' + seller.clientSecret();
    }

    /** Amazon said the token of this call expired early: the application's grantless token goes if it was one. */
    void invalidate(SpApiSeller seller, Exchange exchange) {
        if (GRANTLESS_OPERATIONS.contains(AmazonCall.operation(exchange))) {
            tokens.remove(application(seller));
        }
    }
}
