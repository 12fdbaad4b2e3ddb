package io.sellerbridge.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.config.StopSignal;
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
 * busy pool cannot reach Amazon closer together than its bucket refills. When the bundle stops, every waiting call,
 * and every call that comes after, leaves off at once with {@link StopSignal.StoppingException}.
 */
public class UsagePlanThrottle extends AsyncProcessorSupport implements AsyncProcessor {

    private static final String STOPPING = "the bundle is stopping";

    private final RateLimits rateLimits;
    private final ScheduledExecutorService callPool;
    private final BundleMetrics metrics;
    private final Set<Waiting> waiting = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

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
                stopping = true;
                waiting.forEach(Waiting::stop);
            }
        });
        return this;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        if (stopping) {
            exchange.setException(new StopSignal.StoppingException(STOPPING));
            callback.done(true);
            return true;
        }
        String operation = AmazonCall.operation(exchange);
        String sellerId = AmazonCall.sellerId(exchange);
        Bucket bucket = rateLimits.bucket(operation, sellerId);
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            metrics.throttleWait(sellerId, operation, Duration.ZERO);
            callback.done(true);
            return true;
        }
        new Waiting(exchange, bucket, sellerId, operation, callback).schedule(probe.getNanosToWaitForRefill());
        return false;
    }

    /** One call waiting for its token; tries again when the token is due, until it gets one or the bundle stops. */
    private final class Waiting {
        private final Exchange exchange;
        private final Bucket bucket;
        private final String sellerId;
        private final String operation;
        private final AsyncCallback callback;
        private final long since = System.nanoTime();
        private final AtomicBoolean done = new AtomicBoolean();
        private volatile ScheduledFuture<?> next;

        Waiting(Exchange exchange, Bucket bucket, String sellerId, String operation, AsyncCallback callback) {
            this.exchange = exchange;
            this.bucket = bucket;
            this.sellerId = sellerId;
            this.operation = operation;
            this.callback = callback;
        }

        void schedule(long nanos) {
            waiting.add(this);
            if (done.get()) {
                waiting.remove(this); // the stop took it meanwhile
                return;
            }
            // a stop that came while this call was being scheduled has passed it by
            if (stopping) {
                stop();
                return;
            }
            try {
                next = callPool.schedule(this::tryAgain, nanos, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException poolGone) {
                stop();
            }
        }

        private void tryAgain() {
            try {
                if (done.get()) {
                    return;
                }
                ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
                if (probe.isConsumed()) {
                    goOn(null);
                } else {
                    // another call of the seller took the token first
                    schedule(probe.getNanosToWaitForRefill());
                }
            } catch (RuntimeException e) {
                goOn(e);
            }
        }

        void stop() {
            ScheduledFuture<?> pending = next;
            if (pending != null) {
                pending.cancel(false);
            }
            Runnable leaveOff = () -> goOn(new StopSignal.StoppingException(STOPPING));
            try {
                callPool.execute(leaveOff);
            } catch (RejectedExecutionException poolGone) {
                leaveOff.run();
            }
        }

        /** Goes on once, whoever comes first (the token, the stop); with {@code failure} set on the exchange. */
        private void goOn(Exception failure) {
            if (done.compareAndSet(false, true)) {
                waiting.remove(this);
                if (failure != null) {
                    exchange.setException(failure);
                }
                try {
                    metrics.throttleWait(sellerId, operation, Duration.ofNanos(System.nanoTime() - since));
                } finally {
                    callback.done(false);
                }
            }
        }
    }
}
