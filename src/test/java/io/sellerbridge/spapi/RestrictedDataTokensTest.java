package io.sellerbridge.spapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.amazon.MalformedResponseException;
import io.sellerbridge.pii.BuyerDataOptIn;
import io.sellerbridge.testing.MutableClock;
import org.apache.camel.Exchange;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RestrictedDataTokensTest {

    private static final SpApiSeller SELLER = new SpApiSeller("main", "A2S", List.of("ATVPDKIKX0DER"), "id", "secret",
            "Atzr|refresh");
    private static final String PREFIX = "spapi.seller.main.";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private final BuyerDataOptIn optIn = new BuyerDataOptIn(Map.of(PREFIX, true));
    private final RestrictedDataTokens tokens = new RestrictedDataTokens(optIn, clock, Duration.ofMinutes(1));

    private Exchange exchange(String operation) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        SELLER.useIn(exchange);
        exchange.setProperty(AmazonCall.OPERATION, operation);
        return exchange;
    }

    private void receive(String token, long expiresIn) throws Exception {
        Exchange answer = exchange("createRestrictedDataToken");
        answer.getMessage().setBody(new ObjectMapper().readTree(
                "{\"restrictedDataToken\":\"" + token + "\",\"expiresIn\":" + expiresIn + "}"));
        tokens.received(answer);
    }

    private boolean due() {
        Exchange page = exchange("getOrders");
        tokens.check(page);
        return page.getProperty(RestrictedDataTokens.DUE, Boolean.class);
    }

    @Test
    void givenAnOptedInSeller_thenItsTokenIsFetchedOnceAndRenewedJustBeforeItExpires() throws Exception {
        assertTrue(due());
        receive("Atz.sprdt|one", 3600);

        assertFalse(due());
        assertEquals(Optional.of("Atz.sprdt|one"), tokens.tokenFor(SELLER, exchange("getOrders")));
        clock.advance(Duration.ofMinutes(58));
        assertFalse(due());
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertTrue(due(), "within the refresh margin");
    }

    @Test
    void givenATokenForGetOrders_thenOtherOperationsUseTheLwaToken() throws Exception {
        receive("Atz.sprdt|one", 3600);

        assertEquals(Optional.empty(), tokens.tokenFor(SELLER, exchange("getOrderItems")));
        assertEquals(Optional.empty(), tokens.tokenFor(SELLER, exchange("createRestrictedDataToken")));
    }

    @Test
    void givenAnOptedInSellerWithoutAValidToken_whenGetOrdersIsCalled_thenTheCallFailsRatherThanReadWithoutIt() {
        assertThrows(IllegalStateException.class, () -> tokens.tokenFor(SELLER, exchange("getOrders")));
    }

    @Test
    void givenAnAnswerWithoutAToken_thenMalformedAndTheAnswerIsNotInTheError() throws Exception {
        Exchange answer = exchange("createRestrictedDataToken");
        answer.getMessage().setBody(new ObjectMapper().readTree("{\"restrictedDataToken\":\"Atz.sprdt|x\"}"));

        MalformedResponseException e = assertThrows(MalformedResponseException.class, () -> tokens.received(answer));
        assertFalse(e.getMessage().contains("Atz.sprdt|x"));
        assertFalse(String.valueOf(e.rawBody()).contains("Atz.sprdt|x"), "the dead letter would carry the raw body");
    }

    @Test
    void givenAmazonRefusesTheToken_thenBuyerDataIsOffForTheSellerWithAmazonsReason() {
        Exchange failed = exchange("createRestrictedDataToken");
        failed.setProperty(Exchange.EXCEPTION_CAUGHT, new HttpOperationFailedException("http://sp-api", 400, "Bad Request",
                null, Map.of(), "{\"errors\":[{\"code\":\"InvalidInput\",\"message\":\"Application does not have access"
                + " to one or more requested data elements\",\"details\":\"\"}]}"));

        tokens.refused(failed);

        assertFalse(optIn.enabled(PREFIX));
        assertTrue(optIn.refusals().get(PREFIX).contains("InvalidInput Application does not have access"),
                optIn.refusals().toString());
        assertFalse(due(), "no token is asked for any more");
        assertEquals(Optional.empty(), tokens.tokenFor(SELLER, exchange("getOrders")), "getOrders goes on with LWA");
    }
}
