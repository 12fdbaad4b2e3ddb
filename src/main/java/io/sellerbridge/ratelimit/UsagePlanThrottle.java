package io.sellerbridge.ratelimit;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Lets an Amazon call through when the seller's token bucket for its operation ({@link AmazonCall#OPERATION}) has a
 * token: at once while the bucket holds some, else at the moment Amazon's bucket refills one, in the order the calls
 * came. A waiting call holds no thread: the bucket reserves its token and the call goes on, on the call pool, when
 * its time comes. When the bundle stops, every waiting call goes on at once, to find the stop and leave off.
 */
public class UsagePlanThrottle extends AsyncProcessorSupport implements AsyncProcessor {

    private final RateLimits rateLimits;
    private final ScheduledExecutorService callPool;
    private final BundleMetrics metrics;
    private final Set<CompletableFuture<Void>> waiting = ConcurrentHashMap.newKeySet();

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
                waiting.forEach(UsagePlanThrottle.this::wake);
            }
        });
        return this;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        String operation = AmazonCall.operation(exchange);
        String sellerId = AmazonCall.sellerId(exchange);
        long start = System.nanoTime();
        CompletableFuture<Void> permit = rateLimits.bucket(operation, sellerId).asScheduler().consume(1, callPool);
        if (permit.isDone() && !permit.isCompletedExceptionally()) {
            metrics.throttleWait(sellerId, operation, Duration.ZERO);
            callback.done(true);
            return true;
        }
        waiting.add(permit);
        permit.whenComplete((ignored, failure) -> {
            waiting.remove(permit);
            // a call pool shut down by the stop: the route's stop check after the wait leaves the work off
            if (failure != null && !(failure instanceof RejectedExecutionException)) {
                exchange.setException(failure);
            }
            metrics.throttleWait(sellerId, operation, Duration.ofNanos(System.nanoTime() - start));
            callback.done(false);
        });
        return false;
    }

    private void wake(CompletableFuture<Void> permit) {
        try {
            callPool.execute(() -> permit.complete(null));
        } catch (RejectedExecutionException poolGone) {
            permit.complete(null);
        }
    }
}
