package io.sellerbridge.spapi;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LwaTokenClientTest {

    private static final SpApiSeller SELLER = new SpApiSeller("eu", "A2S", List.of("A1PA6795UKMFR9"), "client-id",
            "very-secret-value", "Atzr|refresh-value");
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
    private final LwaTokenClient client = new LwaTokenClient(URI.create("http://127.0.0.1:1/auth/o2/token"), clock, Duration.ofSeconds(1));

    @Test
    void givenAmazonsSuccessBody_thenTheTokenExpiresAfterExpiresIn() throws Exception {
        AccessToken token = client.parse(SELLER, 200,
                "{\"access_token\":\"Atza|abc\",\"token_type\":\"bearer\",\"expires_in\":3600,\"refresh_token\":\"Atzr|x\"}");
        assertEquals("Atza|abc", token.value());
        assertEquals(Instant.parse("2026-11-29T13:00:00Z"), token.expiresAt());
        assertFalse(token.toString().contains("Atza|abc"), "toString must not show the token");
    }

    @Test
    void givenInvalidGrant_thenTheErrorNamesTheRefreshTokenPropertyButNeverItsValue() {
        LwaAuthorizationException e = assertThrows(LwaAuthorizationException.class, () -> client.parse(SELLER, 400,
                "{\"error_description\":\"The request has an invalid grant parameter : refresh_token\",\"error\":\"invalid_grant\"}"));
        assertTrue(e.getMessage().contains("spapi.seller.eu.lwa.refresh-token"), e.getMessage());
        assertFalse(e.getMessage().contains("Atzr|refresh-value"), e.getMessage());
        assertFalse(e.getMessage().contains("very-secret-value"), e.getMessage());
    }

    @Test
    void givenInvalidClient_thenTheErrorNamesTheClientProperties() {
        LwaAuthorizationException e = assertThrows(LwaAuthorizationException.class, () -> client.parse(SELLER, 401,
                "{\"error_description\":\"Client authentication failed\",\"error\":\"invalid_client\"}"));
        assertTrue(e.getMessage().contains("spapi.seller.eu.lwa.client-secret"), e.getMessage());
    }

    @Test
    void givenAServerError_thenItIsTransientAndRetried() {
        assertThrows(LwaUnavailableException.class, () -> client.parse(SELLER, 503, "<html>busy</html>"));
    }

    @Test
    void givenAGrantlessTokenRefusedForItsScope_thenItIsPermanentAndNamesNoSecret() {
        LwaAuthorizationException e = assertThrows(LwaAuthorizationException.class, () -> client.parse(SELLER, 400,
                "{\"error_description\":\"The scope is invalid\",\"error\":\"invalid_scope\"}"));
        assertTrue(e.getMessage().contains("invalid_scope"), e.getMessage());
        assertFalse(e.getMessage().contains("very-secret-value"), e.getMessage());
    }

    @Test
    void givenNoServer_thenFetchFailsAsUnavailableNamingTheSellerNotTheSecret() {
        LwaUnavailableException e = assertThrows(LwaUnavailableException.class, () -> client.fetch(SELLER));
        assertTrue(e.getMessage().contains("seller eu"), e.getMessage());
        assertFalse(e.getMessage().contains("very-secret-value"), e.getMessage());
    }
}
