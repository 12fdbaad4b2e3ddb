package io.sellerbridge.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.observe.BundleMetrics;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProcessor;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;
import org.apache.camel.support.LifecycleStrategySupport;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Lets an Amazon call through when the seller's token bucket for its operation ({@link AmazonCall#OPERATION}) has a
 * token: at once while the bucket holds some, else when Amazon's bucket has refilled one. A waiting call holds no
 * thread: it is scheduled on the call pool for the moment the next token is due and takes it then, on the thread
 * that goes on to make the call. The token is taken when the call leaves, never reserved ahead: calls delayed in a
 * busy pool cannot reach Amazon closer together than its bucket refills. When the bundle stops, every waiting call
 * goes on at once, to find the stop and leave off.
 */
public class UsagePlanThrottle extends AsyncProcessorSupport implements AsyncProcessor {

    private final RateLimits rateLimits;
    private final ScheduledExecutorService callPool;
    private final BundleMetrics metrics;
    private final Set<Waiting> waiting = ConcurrentHashMap.newKeySet();

    public UsagePlanThrottle(RateLimits rateLimits, ScheduledExecutorService callPool, BundleMetrics metrics) {
        this.rateLimits = rateLimits;
        this.callPool = callPool;
        this.metrics = metrics;
    }

    /** Registers the wake-up at a stop with the context. */
    public UsagePlanThrottle wakeWaitingCallsOnStop(CamelContext context) {
        context.addLifecycleStrategy(new LifecycleStrategySupport() {
            @Override
            public void onContextStopping(CamelContext camelContext) {
                waiting.forEach(Waiting::wake);
            }
        });
        return this;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        String operation = AmazonCall.operation(exchange);
        String sellerId = AmazonCall.sellerId(exchange);
        Bucket bucket = rateLimits.bucket(operation, sellerId);
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            metrics.throttleWait(sellerId, operation, Duration.ZERO);
            callback.done(true);
            return true;
        }
        new Waiting(bucket, sellerId, operation, callback).schedule(probe.getNanosToWaitForRefill());
        return false;
    }

    /** One call waiting for its token; tries again when the token is due, until it gets one or the bundle stops. */
    private final class Waiting {
        private final Bucket bucket;
        private final String sellerId;
        private final String operation;
        private final AsyncCallback callback;
        private final long since = System.nanoTime();
        private final AtomicBoolean done = new AtomicBoolean();
        private volatile ScheduledFuture<?> next;

        Waiting(Bucket bucket, String sellerId, String operation, AsyncCallback callback) {
            this.bucket = bucket;
            this.sellerId = sellerId;
            this.operation = operation;
            this.callback = callback;
        }

        void schedule(long nanos) {
            waiting.add(this);
            try {
                next = callPool.schedule(this::tryAgain, nanos, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException poolGone) {
                goOn(); // the bundle is stopping: the route's stop check after the wait leaves the work off
            }
        }

        private void tryAgain() {
            if (done.get()) {
                return;
            }
            ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
            if (probe.isConsumed()) {
                goOn();
            } else {
                // another call of the seller took the token first
                schedule(probe.getNanosToWaitForRefill());
            }
        }

        void wake() {
            ScheduledFuture<?> pending = next;
            if (pending != null) {
                pending.cancel(false);
            }
            try {
                callPool.execute(this::goOn);
            } catch (RejectedExecutionException poolGone) {
                goOn();
            }
        }

        private void goOn() {
            if (done.compareAndSet(false, true)) {
                waiting.remove(this);
                metrics.throttleWait(sellerId, operation, Duration.ofNanos(System.nanoTime() - since));
                callback.done(false);
            }
        }
    }
}
