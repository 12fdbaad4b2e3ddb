package io.sellerbridge.spapi;

import io.sellerbridge.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class LwaTokenCacheTest {

    private static final SpApiSeller SELLER = new SpApiSeller("main", "A2S", List.of("ATVPDKIKX0DER"), "id", "secret", "refresh");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T12:00:00Z"));
    private final AtomicInteger fetches = new AtomicInteger();
    private final LwaTokenCache cache = new LwaTokenCache(
            s -> new AccessToken("Atza|token-" + fetches.incrementAndGet(), clock.instant().plusSeconds(3600)),
            clock, Duration.ofSeconds(60));

    @Test
    void givenAFreshToken_whenAskedAgainWithinItsLife_thenItIsReused() throws Exception {
        String first = cache.accessToken(SELLER);
        clock.advance(Duration.ofMinutes(58));
        assertEquals(first, cache.accessToken(SELLER));
        assertEquals(1, fetches.get());
    }

    @Test
    void givenATokenAboutToExpire_whenAsked_thenItIsRefreshedBeforeAmazonRejectsIt() throws Exception {
        String first = cache.accessToken(SELLER);
        clock.advance(Duration.ofMinutes(59).plusSeconds(1));
        assertNotEquals(first, cache.accessToken(SELLER));
        assertEquals(2, fetches.get());
    }

    @Test
    void givenASellerFileChangedUnderTheSameAlias_thenTheNewSellerNeverGetsTheOldSellersToken() throws Exception {
        String before = cache.accessToken(SELLER);
        SpApiSeller changed = new SpApiSeller("main", "A3OTHER", List.of("ATVPDKIKX0DER"), "id", "secret", "refresh-2");

        assertNotEquals(before, cache.accessToken(changed));
        assertEquals(before, cache.accessToken(SELLER), "a window still running with the old record keeps its own");
    }

    @Test
    void givenAmazonSaidExpired_whenInvalidated_thenTheNextCallFetchesANewToken() throws Exception {
        String first = cache.accessToken(SELLER);
        cache.invalidate(SELLER);
        assertNotEquals(first, cache.accessToken(SELLER));
    }
}
