package io.sellerbridge.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimitsTest {

    private static final OperationQuota ITEMS = new OperationQuota("getOrderItems", 0.5, 30);
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final RateLimits limits = new RateLimits(new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return nanos.get();
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }).add(ITEMS);

    @Test
    void givenAFullBucket_whenCalled_thenTheWholeBurstGoesAtOnceAndThenOneCallPerRefilledToken() {
        Bucket bucket = limits.bucket("getOrderItems", "S");
        for (int call = 1; call <= 29; call++) {
            assertTrue(bucket.tryConsume(1), "call " + call + " is inside the burst, less the token kept in reserve");
        }
        assertFalse(bucket.tryConsume(1), "call 30 waits for the rate");
        assertEquals(2_000_000_000L, bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill(), "0.5/s: 2 s");
        advanceSeconds(1.9);
        assertFalse(bucket.tryConsume(1));
        advanceSeconds(0.1);
        assertTrue(bucket.tryConsume(1), "one token refilled after 2 s");
        advanceSeconds(600);
        assertEquals(29, bucket.getAvailableTokens(), "a bucket left alone fills up to the burst less one, no further");
    }

    @Test
    void givenTwoSellers_thenEachHasItsOwnBucketPerOperation() {
        Bucket s = limits.bucket("getOrderItems", "S");
        assertSame(s, limits.bucket("getOrderItems", "S"));
        assertEquals(29, s.tryConsumeAsMuchAsPossible());
        assertEquals(0, s.getAvailableTokens());
        assertEquals(29, limits.bucket("getOrderItems", "OTHER").getAvailableTokens());
    }

    @Test
    void givenAmazonReportsAnotherRate_thenTheBucketRefillsAtItKeepingItsTokens() {
        Bucket bucket = limits.bucket("getOrderItems", "S");
        assertTrue(bucket.tryConsume(27));
        limits.observe("getOrderItems", "S", "2.0");
        assertEquals(2, bucket.getAvailableTokens(), "the tokens left stay");
        assertTrue(bucket.tryConsume(2));
        assertEquals(TimeUnit.MILLISECONDS.toNanos(500), bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
        limits.observe("getOrderItems", "S", "not-a-number");
        limits.observe("getOrderItems", "S", " ");
        assertEquals(TimeUnit.MILLISECONDS.toNanos(500), bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill(),
                "an unparseable or empty header changes nothing");
        limits.observe("getOrderItems", "S", "0.5");
        assertEquals(TimeUnit.SECONDS.toNanos(2), bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill(),
                "back to the usage plan");
    }

    @Test
    void givenABurstOfOne_thenNoTokenIsKeptInReserve() {
        Bucket bucket = limits.add(new OperationQuota("getCatalogItem", 2, 1)).bucket("getCatalogItem", "S");
        assertTrue(bucket.tryConsume(1));
        assertEquals(TimeUnit.MILLISECONDS.toNanos(500), bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    @Test
    void givenAnOperationWithoutUsagePlan_thenTheErrorNamesIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> limits.bucket("getFoo", "S"));
        assertTrue(e.getMessage().contains("getFoo"), e.getMessage());
    }

    private void advanceSeconds(double seconds) {
        nanos.addAndGet(Math.round(seconds * 1e9));
    }
}
