package io.sellerbridge.ratelimit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The Throttle size of each SP-API operation per seller, evaluated by the Throttle EIP on every call. It follows
 * Amazon's token bucket: after the bucket had time to refill, the whole burst at once; then the steady permits of
 * one window, so the calls run at the rate. The rate adapts when Amazon reports another in
 * {@code x-amzn-RateLimit-Limit} (best effort: Amazon may omit it, and never sends it on a 429).
 */
public class RateLimits {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimits.class);

    private final Map<String, OperationQuota> quotas = new ConcurrentHashMap<>();
    private final LongSupplier nanoClock;
    private final Map<String, Double> observed = new ConcurrentHashMap<>();
    private final Map<String, BurstState> bursts = new ConcurrentHashMap<>();

    public RateLimits() {
        this(System::nanoTime);
    }

    RateLimits(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** Each stream adds the usage plans of the operations it calls. */
    public RateLimits add(OperationQuota quota) {
        quotas.put(quota.operation(), quota);
        return this;
    }

    public OperationQuota quota(String operation) {
        OperationQuota q = quotas.get(operation);
        if (q == null) {
            throw new IllegalArgumentException("no usage plan configured for operation " + operation);
        }
        return q;
    }

    /** Permits per Throttle window for this call of the operation on behalf of this seller. */
    public int permits(String operation, String sellerId) {
        OperationQuota q = quota(operation);
        String key = sellerId + "/" + operation;
        BurstState state = bursts.computeIfAbsent(key, k -> new BurstState());
        Double rate = observed.get(key);
        int steady = rate == null ? q.steadyPermits() : q.steadyPermitsAt(rate);
        return state.inBurst(nanoClock.getAsLong(), q) ? Math.max(q.burst(), steady) : steady;
    }

    public void observe(String operation, String sellerId, String headerValue) {
        if (headerValue == null || headerValue.isBlank() || !quotas.containsKey(operation)) {
            return;
        }
        try {
            double rate = Double.parseDouble(headerValue.trim());
            if (rate > 0) {
                Double previous = observed.put(sellerId + "/" + operation, rate);
                if (!same(rate, previous == null ? quota(operation).rate() : previous)) {
                    LOG.info("Amazon reports {} at {} requests/s for seller {}; throttle now {} per {} ms", operation,
                            rate, sellerId, quota(operation).steadyPermitsAt(rate), quota(operation).windowMillis());
                }
            }
        } catch (NumberFormatException e) {
            LOG.debug("ignoring unparseable x-amzn-RateLimit-Limit '{}'", headerValue);
        }
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-3 * Math.max(a, b);
    }

    /** Counts the calls of one burst; a new burst starts when the bucket had time to refill since the last call. */
    private static final class BurstState {
        private long lastCallNanos = Long.MIN_VALUE;
        private int callsInBurst;

        synchronized boolean inBurst(long now, OperationQuota q) {
            if (lastCallNanos == Long.MIN_VALUE || now - lastCallNanos >= q.refillMillis() * 1_000_000L) {
                callsInBurst = 0;
            }
            lastCallNanos = now;
            callsInBurst++;
            return callsInBurst <= q.burst();
        }
    }
}
