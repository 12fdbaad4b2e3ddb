package io.sellerbridge.ratelimit;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OperationQuotaTest {

    @Test
    void givenAmazonsUsagePlans_thenTheThrottleWindowHoldsTheBurstForBurstOverRateSeconds() {
        assertEquals(60_000, new OperationQuota("getOrderItems", 0.5, 30).windowMillis());
        assertEquals(1_197_605, new OperationQuota("getOrders", 0.0167, 20).windowMillis());
    }

    @Test
    void givenAmazonReportsAnotherRate_thenPermitsPerWindowFollowIt() {
        RateLimits limits = new RateLimits(Map.of("getOrderItems", new OperationQuota("getOrderItems", 0.5, 30)));
        assertEquals(30, limits.permits("getOrderItems", "S"));
        limits.observe("getOrderItems", "S", "1.0");
        assertEquals(60, limits.permits("getOrderItems", "S"));
        limits.observe("getOrderItems", "S", "0.1");
        assertEquals(6, limits.permits("getOrderItems", "S"));
        limits.observe("getOrderItems", "S", "not-a-number");
        assertEquals(6, limits.permits("getOrderItems", "S"), "an unparseable header changes nothing");
        assertEquals(30, limits.permits("getOrderItems", "OTHER"), "rates are per seller");
    }
}
