package io.sellerbridge.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.TokensInheritanceStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The token bucket of each SP-API and MWS operation per seller, as Amazon keeps it: the configured usage plan at
 * first; the rate follows Amazon when it reports another in {@code x-amzn-RateLimit-Limit} (best effort: Amazon may
 * omit it, and never sends it on a 429).
 */
public class RateLimits {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimits.class);

    private final Map<String, OperationQuota> quotas = new ConcurrentHashMap<>();
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, Double> observed = new ConcurrentHashMap<>();
    private final TimeMeter clock;

    public RateLimits() {
        this(TimeMeter.SYSTEM_NANOTIME);
    }

    RateLimits(TimeMeter clock) {
        this.clock = clock;
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

    /** This seller's bucket for the operation, made full on its first call. */
    public Bucket bucket(String operation, String sellerId) {
        return buckets.computeIfAbsent(key(operation, sellerId), k -> {
            OperationQuota q = quota(operation);
            return Bucket.builder().addLimit(q.bandwidth(q.rate())).withCustomTimePrecision(clock).build();
        });
    }

    public void observe(String operation, String sellerId, String headerValue) {
        if (headerValue == null || headerValue.isBlank() || !quotas.containsKey(operation)) {
            return;
        }
        try {
            double rate = Double.parseDouble(headerValue.trim());
            if (rate <= 0) {
                return;
            }
            OperationQuota quota = quota(operation);
            Bucket bucket = bucket(operation, sellerId);
            // one change at a time per bucket: the rate recorded is always the rate the bucket refills at
            observed.compute(key(operation, sellerId), (key, previous) -> {
                if (same(rate, previous == null ? quota.rate() : previous)) {
                    return previous;
                }
                // the tokens in the bucket stay; only the refill follows Amazon's rate
                bucket.replaceConfiguration(BucketConfiguration.builder().addLimit(quota.bandwidth(rate)).build(),
                        TokensInheritanceStrategy.AS_IS);
                LOG.info("Amazon reports {} at {} requests/s for seller {}; the bucket now refills at that rate",
                        operation, rate, sellerId);
                return rate;
            });
        } catch (NumberFormatException e) {
            LOG.debug("ignoring unparseable x-amzn-RateLimit-Limit '{}'", headerValue);
        }
    }

    private static String key(String operation, String sellerId) {
        return sellerId + "/" + operation;
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-3 * Math.max(a, b);
    }
}
