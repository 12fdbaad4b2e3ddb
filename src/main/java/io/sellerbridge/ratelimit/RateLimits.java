package io.sellerbridge.ratelimit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The throttle size of each SP-API operation per seller: the configured usage plan, adapted when Amazon reports a
 * different rate in {@code x-amzn-RateLimit-Limit} (best effort: Amazon may omit it, and never sends it on a 429).
 */
public class RateLimits {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimits.class);

    private final Map<String, OperationQuota> quotas;
    private final Map<String, Double> observed = new ConcurrentHashMap<>();

    public RateLimits(Map<String, OperationQuota> quotas) {
        this.quotas = Map.copyOf(quotas);
    }

    public OperationQuota quota(String operation) {
        OperationQuota q = quotas.get(operation);
        if (q == null) {
            throw new IllegalArgumentException("no usage plan configured for operation " + operation);
        }
        return q;
    }

    /** Evaluated by the Throttle EIP on every exchange: permits per window for this seller and operation. */
    public int permits(String operation, String sellerId) {
        OperationQuota q = quota(operation);
        Double rate = observed.get(sellerId + "/" + operation);
        return rate == null ? q.burst() : q.permitsAt(rate);
    }

    public void observe(String operation, String sellerId, String headerValue) {
        if (headerValue == null || headerValue.isBlank() || !quotas.containsKey(operation)) {
            return;
        }
        try {
            double rate = Double.parseDouble(headerValue.trim());
            if (rate > 0) {
                Double previous = observed.put(sellerId + "/" + operation, rate);
                if (previous == null ? rate != quota(operation).rate() : previous != rate) {
                    LOG.info("Amazon reports {} at {} requests/s for seller {}; throttle now {} per {} ms", operation,
                            rate, sellerId, permits(operation, sellerId), quota(operation).windowMillis());
                }
            }
        } catch (NumberFormatException e) {
            LOG.debug("ignoring unparseable x-amzn-RateLimit-Limit '{}'", headerValue);
        }
    }
}
