package io.sellerbridge.ratelimit;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OperationQuotaTest {

    private static final OperationQuota ITEMS = new OperationQuota("getOrderItems", 0.5, 30);
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final RateLimits limits = new RateLimits(nanos::get).add(ITEMS);

    @Test
    void givenAmazonsUsagePlans_thenTheWindowRefillsTheSteadyPermits() {
        assertEquals(6, ITEMS.steadyPermits());
        assertEquals(12_000, ITEMS.windowMillis(), "6 tokens at 0.5/s");
        assertEquals(60_000, ITEMS.refillMillis(), "30 tokens at 0.5/s");
        OperationQuota getOrders = new OperationQuota("getOrders", 0.0167, 20);
        assertEquals(4, getOrders.steadyPermits());
        assertEquals(239_521, getOrders.windowMillis());
    }

    @Test
    void givenAFullBucket_whenCalled_thenTheWholeBurstComesFirstAndThenTheSteadyPermits() {
        for (int call = 1; call <= 30; call++) {
            assertEquals(30, limits.permits("getOrderItems", "S"), "call " + call + " is inside the burst");
        }
        assertEquals(6, limits.permits("getOrderItems", "S"), "call 31 waits for the rate");
        nanos.addAndGet(59_000_000_000L);
        assertEquals(6, limits.permits("getOrderItems", "S"), "59 s idle: the bucket is not full yet");
        nanos.addAndGet(60_000_000_000L);
        assertEquals(30, limits.permits("getOrderItems", "S"), "after a full refill the burst is back");
        assertEquals(30, limits.permits("getOrderItems", "OTHER"), "buckets are per seller");
    }

    @Test
    void givenAmazonReportsAnotherRate_thenTheSteadyPermitsFollowIt() {
        for (int call = 1; call <= 30; call++) {
            limits.permits("getOrderItems", "S");
        }
        limits.observe("getOrderItems", "S", "1.0");
        assertEquals(12, limits.permits("getOrderItems", "S"));
        limits.observe("getOrderItems", "S", "0.1");
        assertEquals(1, limits.permits("getOrderItems", "S"));
        limits.observe("getOrderItems", "S", "0.25");
        assertEquals(3, limits.permits("getOrderItems", "S"));
        limits.observe("getOrderItems", "S", "not-a-number");
        assertEquals(3, limits.permits("getOrderItems", "S"), "an unparseable header changes nothing");
    }
}
