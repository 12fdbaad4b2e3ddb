package io.sellerbridge.catalog;

import io.sellerbridge.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecentlyFetchedTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T12:00:00Z"));
    private final RecentlyFetched recentlyFetched = new RecentlyFetched(clock, Duration.ofHours(24));

    @Test
    void givenAnItemNeverRead_whenAsked_thenItIsDue() {
        assertTrue(recentlyFetched.due("A2S:ATVPDKIKX0DER:B0TEST0001"));
    }

    @Test
    void givenAnItemReadWithinTheTtl_whenAsked_thenItIsNotDue() {
        recentlyFetched.fetched("A2S:ATVPDKIKX0DER:B0TEST0001");
        clock.advance(Duration.ofHours(24).minusSeconds(1));

        assertFalse(recentlyFetched.due("A2S:ATVPDKIKX0DER:B0TEST0001"));
    }

    @Test
    void givenAnItemReadOneTtlAgo_whenAsked_thenItIsDueAgain() {
        recentlyFetched.fetched("A2S:ATVPDKIKX0DER:B0TEST0001");
        clock.advance(Duration.ofHours(24));

        assertTrue(recentlyFetched.due("A2S:ATVPDKIKX0DER:B0TEST0001"));
    }

    @Test
    void givenOneItemRead_whenTheSameAsinInAnotherMarketplaceIsAsked_thenThatOneIsStillDue() {
        recentlyFetched.fetched("A2S:ATVPDKIKX0DER:B0TEST0001");

        assertTrue(recentlyFetched.due("A2S:A2EUQ1WTGCTBG2:B0TEST0001"));
    }

    @Test
    void givenManyItemsReadOverMoreThanATtl_whenTheMapIsPruned_thenItemsWithinTheTtlAreStillNotDue() {
        recentlyFetched.fetched("recent");
        for (int i = 0; i < 1100; i++) {
            clock.advance(Duration.ofSeconds(1));
            recentlyFetched.fetched("item-" + i);
        }

        assertFalse(recentlyFetched.due("recent"));
        assertFalse(recentlyFetched.due("item-0"));
    }
}
