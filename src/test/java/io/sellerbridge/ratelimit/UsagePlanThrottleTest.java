package io.sellerbridge.ratelimit;

import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.observe.BundleMetrics;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UsagePlanThrottleTest {

    private final ScheduledExecutorService pool = Executors.newScheduledThreadPool(1);
    private final CamelContext context = new DefaultCamelContext();

    @AfterEach
    void stop() {
        pool.shutdownNow();
        context.stop();
    }

    @Test
    void givenABurstOfThreeAtTenPerSecond_thenTwoCallsGoOnAtOnceAndTheThirdWaitsForItsTokenWithoutAThread()
            throws Exception {
        // one token of the three stays in reserve (OperationQuota.bandwidth)
        UsagePlanThrottle throttle = throttle(new OperationQuota("getOrderItems", 10, 3));
        CountDownLatch done = new CountDownLatch(3);
        List<Boolean> synchronous = new ArrayList<>();
        long start = System.nanoTime();
        for (int call = 0; call < 3; call++) {
            synchronous.add(throttle.process(call("getOrderItems", "S"), sync -> done.countDown()));
        }
        assertEquals(List.of(true, true, false), synchronous, "the third call gave its thread back at once");
        assertTrue(done.await(5, TimeUnit.SECONDS));
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(90), "it went on after ~100 ms");
        assertTrue(throttle.process(call("getOrderItems", "OTHER"), sync -> { }), "another seller's bucket is full");
    }

    @Test
    void givenACallWaitingAMinuteForItsToken_whenTheBundleStops_thenItGoesOnAtOnce() throws Exception {
        UsagePlanThrottle throttle = throttle(new OperationQuota("getOrders", 0.0167, 1))
                .wakeWaitingCallsOnStop(context);
        context.start();
        assertTrue(throttle.process(call("getOrders", "S"), sync -> { }));
        CountDownLatch done = new CountDownLatch(1);
        Exchange waiting = call("getOrders", "S");
        assertFalse(throttle.process(waiting, sync -> done.countDown()));
        assertFalse(done.await(200, TimeUnit.MILLISECONDS), "the next token is a minute away");
        context.stop();
        assertTrue(done.await(5, TimeUnit.SECONDS), "woken by the stop");
        assertNull(waiting.getException(), "no failure: the route's stop check after the wait leaves the work off");
    }

    private UsagePlanThrottle throttle(OperationQuota quota) {
        return new UsagePlanThrottle(new RateLimits().add(quota), pool,
                new BundleMetrics(context, Clock.systemUTC()));
    }

    private Exchange call(String operation, String seller) {
        Exchange exchange = new DefaultExchange(context);
        exchange.setProperty(AmazonCall.OPERATION, operation);
        exchange.setProperty(AmazonCall.SELLER_ID, seller);
        return exchange;
    }
}
