package io.sellerbridge.ratelimit;

import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.config.StopSignal;
import io.sellerbridge.observe.BundleMetrics;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UsagePlanThrottleTest {

    private final ScheduledExecutorService pool = Executors.newScheduledThreadPool(2);
    private final CamelContext context = new DefaultCamelContext();

    @AfterEach
    void stop() {
        pool.shutdownNow();
        context.stop();
    }

    /** A callback that records when it went on, how often, and whether synchronously. */
    private static final class Done implements AsyncCallback {
        final long start = System.nanoTime();
        final AtomicInteger calls = new AtomicInteger();
        final CountDownLatch latch = new CountDownLatch(1);
        volatile long afterNanos;
        volatile boolean sync;

        @Override
        public void done(boolean doneSync) {
            afterNanos = System.nanoTime() - start;
            sync = doneSync;
            calls.incrementAndGet();
            latch.countDown();
        }

        long awaitMillis() throws InterruptedException {
            assertTrue(latch.await(5, TimeUnit.SECONDS), "went on");
            return TimeUnit.NANOSECONDS.toMillis(afterNanos);
        }
    }

    @Test
    void givenABurstOfThreeAtTenPerSecond_thenTwoCallsGoOnAtOnceAndTheThirdWaitsForItsTokenWithoutAThread()
            throws Exception {
        // one token of the three stays in reserve (OperationQuota.bandwidth)
        UsagePlanThrottle throttle = throttle(new OperationQuota("getOrderItems", 10, 3));
        List<Done> calls = List.of(new Done(), new Done(), new Done());
        List<Boolean> synchronous = calls.stream().map(d -> throttle.process(call("getOrderItems", "S"), d)).toList();

        assertEquals(List.of(true, true, false), synchronous, "the third call gave its thread back at once");
        assertTrue(calls.get(0).sync && calls.get(1).sync);
        assertTrue(calls.get(2).awaitMillis() >= 90, "the third went on when its token was due (~100 ms)");
        assertFalse(calls.get(2).sync);
        calls.forEach(d -> assertEquals(1, d.calls.get(), "each call goes on exactly once"));
        Done other = new Done();
        assertTrue(throttle.process(call("getOrderItems", "OTHER"), other), "another seller's bucket is full");
    }

    @Test
    void givenTwoCallsWaitingForTheSameToken_thenOneTakesItAndTheOtherWaitsForTheNext() throws Exception {
        // a burst of one: every call after the first waits 100 ms for its token
        UsagePlanThrottle throttle = throttle(new OperationQuota("getOrderItems", 10, 1));
        assertTrue(throttle.process(call("getOrderItems", "S"), new Done()));
        Done second = new Done();
        Done third = new Done();
        assertFalse(throttle.process(call("getOrderItems", "S"), second));
        assertFalse(throttle.process(call("getOrderItems", "S"), third));

        long first = Math.min(second.awaitMillis(), third.awaitMillis());
        long last = Math.max(second.awaitMillis(), third.awaitMillis());
        // both were due at the same moment; one took the token, the other tried again and took the next one
        assertTrue(last - first >= 90, "100 ms apart: " + first + " ms then " + last + " ms");
        assertEquals(1, second.calls.get());
        assertEquals(1, third.calls.get());
    }

    @Test
    void givenACallWaitingAMinuteForItsToken_whenTheBundleStops_thenItLeavesOffAtOnce_andSoDoLaterCalls()
            throws Exception {
        UsagePlanThrottle throttle = throttle(new OperationQuota("getOrders", 0.0167, 1))
                .wakeWaitingCallsOnStop(context);
        context.start();
        Exchange first = call("getOrders", "S");
        assertTrue(throttle.process(first, new Done()));
        assertNull(first.getException());
        Done waited = new Done();
        Exchange waiting = call("getOrders", "S");
        assertFalse(throttle.process(waiting, waited));
        assertFalse(waited.latch.await(200, TimeUnit.MILLISECONDS), "the next token is a minute away");

        context.stop();
        assertTrue(waited.awaitMillis() < 5_000, "woken by the stop");
        assertEquals(1, waited.calls.get());
        assertInstanceOf(StopSignal.StoppingException.class, waiting.getException(),
                "the call leaves off: it must not go to Amazon without a token");
        Exchange after = call("getOrders", "OTHER");
        assertTrue(throttle.process(after, new Done()));
        assertInstanceOf(StopSignal.StoppingException.class, after.getException(), "a call after the stop leaves off");
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
