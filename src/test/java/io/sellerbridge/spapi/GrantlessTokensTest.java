package io.sellerbridge.spapi;

import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.testing.MutableClock;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GrantlessTokensTest {

    private static final SpApiSeller ONE = new SpApiSeller("one", "A1", List.of("ATVPDKIKX0DER"), "app-1", "s1", "r1");
    private static final SpApiSeller SAME_APP = new SpApiSeller("two", "A2", List.of("ATVPDKIKX0DER"), "app-1", "s1", "r2");
    private static final SpApiSeller OTHER_APP = new SpApiSeller("three", "A3", List.of("ATVPDKIKX0DER"), "app-2", "s2", "r3");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private final List<String> fetched = new ArrayList<>();
    private final GrantlessTokens tokens = new GrantlessTokens((seller, scope) -> {
        fetched.add(seller.clientId() + " " + scope);
        return new AccessToken("grantless-" + fetched.size(), clock.instant().plusSeconds(3600));
    }, clock, Duration.ofMinutes(1));

    private static Exchange call(SpApiSeller seller, String operation) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        seller.useIn(exchange);
        exchange.setProperty(AmazonCall.OPERATION, operation);
        return exchange;
    }

    @Test
    void givenSellerOperations_thenNoGrantlessTokenIsAskedFor() throws Exception {
        assertEquals(Optional.empty(), tokens.tokenFor(ONE, call(ONE, "getOrders")));
        assertEquals(Optional.empty(), tokens.tokenFor(ONE, call(ONE, "getSubscription")));
        assertEquals(List.of(), fetched);
    }

    @Test
    void givenSellersOfOneApplication_thenTheyShareOneTokenWithTheNotificationsScope() throws Exception {
        assertEquals(Optional.of("grantless-1"), tokens.tokenFor(ONE, call(ONE, "getDestinations")));
        assertEquals(Optional.of("grantless-1"), tokens.tokenFor(SAME_APP, call(SAME_APP, "createDestination")));
        assertEquals(Optional.of("grantless-2"), tokens.tokenFor(OTHER_APP, call(OTHER_APP, "getDestinations")));

        assertEquals(List.of("app-1 sellingpartnerapi::notifications", "app-2 sellingpartnerapi::notifications"), fetched);
    }

    @Test
    void givenATokenNearItsEndOrExpiredEarly_thenANewOneIsFetched() throws Exception {
        tokens.tokenFor(ONE, call(ONE, "getDestinations"));
        clock.advance(Duration.ofMinutes(59).plusSeconds(1));
        assertEquals(Optional.of("grantless-2"), tokens.tokenFor(ONE, call(ONE, "getDestinations")));

        tokens.invalidate(ONE, call(ONE, "getOrders")); // not made with it: kept
        assertEquals(Optional.of("grantless-2"), tokens.tokenFor(ONE, call(ONE, "getDestinations")));
        tokens.invalidate(ONE, call(ONE, "createDestination"));
        assertEquals(Optional.of("grantless-3"), tokens.tokenFor(ONE, call(ONE, "getDestinations")));
    }
}
