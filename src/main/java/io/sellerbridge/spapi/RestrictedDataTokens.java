package io.sellerbridge.spapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.amazon.MalformedResponseException;
import io.sellerbridge.pii.BuyerDataOptIn;
import org.apache.camel.Exchange;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Restricted Data Tokens (Tokens API 2021-03-01) for the sellers that opted in to buyer data: one per seller for
 * getOrders and getOrder (generic path) with the data elements {@code buyerInfo} and {@code shippingAddress}, reused
 * for every call until shortly before it expires, so a seller costs one createRestrictedDataToken call an hour. getOrderItems is
 * called with the LWA token: its restricted part (gift messages, customisations) is not among what the bundle
 * publishes. The call itself goes through the throttled {@code spapi-create-restricted-data-token} route; Amazon's
 * refusal (the application lacks the restricted roles) switches the seller's buyer data off, and its orders go on.
 * Tokens are kept per seller record: a seller whose file changed never reads with the token of what it was before.
 */
public class RestrictedDataTokens {

    public static final String OPERATION = "createRestrictedDataToken";
    /** Set before a getOrders page: true when the seller's token must be fetched (or renewed) first. */
    public static final String DUE = "restrictedDataTokenDue";
    static final String PATH = "/tokens/2021-03-01/restrictedDataToken";
    /** getOrders (bulk), and getOrder of any order (the generic path) for orders read on a notification. */
    static final String ORDERS_RESOURCES = "{\"restrictedResources\":["
            + "{\"method\":\"GET\",\"path\":\"/orders/v0/orders\",\"dataElements\":[\"buyerInfo\",\"shippingAddress\"]},"
            + "{\"method\":\"GET\",\"path\":\"/orders/v0/orders/{orderId}\",\"dataElements\":[\"buyerInfo\",\"shippingAddress\"]}]}";
    private static final java.util.Set<String> RESTRICTED_OPERATIONS = java.util.Set.of("getOrders", "getOrder");

    private static final Logger LOG = LoggerFactory.getLogger(RestrictedDataTokens.class);

    private final BuyerDataOptIn optIn;
    private final Clock clock;
    private final Duration refreshMargin;
    private final Map<SpApiSeller, AccessToken> tokens = new ConcurrentHashMap<>();

    /**
     * @param refreshMargin how long before it expires a token is renewed: longer than a getOrders call can wait in
     *                      its throttle and retries after the check, or the call finds its token expired
     */
    public RestrictedDataTokens(BuyerDataOptIn optIn, Clock clock, Duration refreshMargin) {
        this.optIn = optIn;
        this.clock = clock;
        this.refreshMargin = refreshMargin;
    }

    /** Before a getOrders page or a getOrder call: sets {@link #DUE}. */
    public void check(Exchange exchange) {
        SpApiSeller seller = SpApiSeller.of(exchange);
        exchange.setProperty(DUE, optIn.enabled(seller.optInKey()) && !usable(tokens.get(seller)));
    }

    /** The request of createRestrictedDataToken, for the throttled operation route. */
    public void request(Exchange exchange) {
        SpApiRequest.post(exchange, OPERATION, PATH, ORDERS_RESOURCES);
    }

    /** Amazon's answer: {@code restrictedDataToken} and {@code expiresIn} (seconds). */
    public void received(Exchange exchange) {
        SpApiSeller seller = SpApiSeller.of(exchange);
        JsonNode answer = exchange.getMessage().getBody(JsonNode.class);
        String token = answer == null ? "" : answer.path("restrictedDataToken").asText("");
        long expiresIn = answer == null ? 0 : answer.path("expiresIn").asLong(0);
        if (token.isEmpty() || expiresIn <= 0) {
            // the answer holds the token: never put it in an error
            throw new MalformedResponseException(OPERATION + " answered without restrictedDataToken and expiresIn",
                    "(not shown: it may hold a token)", null);
        }
        tokens.put(seller, new AccessToken(token, clock.instant().plusSeconds(expiresIn)));
        exchange.getMessage().setBody(null);
    }

    /**
     * Amazon refused the token (400/403: typically "Application does not have access to one or more requested data
     * elements" when the application lacks the restricted roles): no buyer data for this seller until a restart.
     */
    public void refused(Exchange exchange) {
        SpApiSeller seller = SpApiSeller.of(exchange);
        HttpOperationFailedException e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, HttpOperationFailedException.class);
        String reason = "createRestrictedDataToken refused (HTTP " + (e == null ? "?" : e.getStatusCode()) + ": "
                + SpApiErrors.describe(e) + "); buyer data off for this seller, its orders go on without it";
        optIn.refuse(seller.optInKey(), reason);
        tokens.remove(seller);
        LOG.error("Buyer data of {}: {}. Grant the application the restricted roles (Direct-to-Consumer Delivery, Tax"
                + " Invoicing or Tax Remittance) and restart, or set {} = false", seller, reason, seller.key("pii.enabled"));
    }

    /**
     * The token for this call: the seller's RDT for getOrders and getOrder when it takes buyer data, else none (the
     * LWA token). A seller that takes buyer data but has no valid RDT fails the call rather than read without it.
     */
    Optional<String> tokenFor(SpApiSeller seller, Exchange exchange) {
        if (!RESTRICTED_OPERATIONS.contains(AmazonCall.operation(exchange)) || !optIn.enabled(seller.optInKey())) {
            return Optional.empty();
        }
        AccessToken token = tokens.get(seller);
        if (token == null || !clock.instant().isBefore(token.expiresAt())) {
            throw new IllegalStateException("no valid restricted data token for " + seller + "; the window is read again");
        }
        return Optional.of(token.value());
    }

    /** Amazon said the token of this call expired early: an RDT only if the call was made with one. */
    void invalidate(SpApiSeller seller, Exchange exchange) {
        if (RESTRICTED_OPERATIONS.contains(AmazonCall.operation(exchange))) {
            tokens.remove(seller);
        }
    }

    private boolean usable(AccessToken token) {
        return token != null && token.usableAt(clock.instant(), refreshMargin);
    }
}
