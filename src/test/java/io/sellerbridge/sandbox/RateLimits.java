package io.sellerbridge.sandbox;

import java.math.BigDecimal;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One token bucket per (seller, operation), as Amazon's usage plans are per selling-partner/app pair; a grantless
 * operation has no seller, so its bucket is the application's (party = the LWA client id).
 */
final class RateLimits {
    private final SandboxOptions options;
    private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    RateLimits(SandboxOptions options) {
        this.options = options;
    }

    boolean tryAcquire(String party, String operation) {
        return buckets.computeIfAbsent(party + '\n' + operation, key -> {
            OperationRate rate = options.rateOf(operation);
            return new TokenBucket(rate.perSecond() * options.timeScale(), rate.burst());
        }).tryAcquire();
    }

    /** x-amzn-RateLimit-Limit: the effective refill rate as a decimal string ("0.0167", "0.5", "50.0"). */
    String limitHeader(String operation) {
        BigDecimal rate = BigDecimal.valueOf(options.rateOf(operation).perSecond())
                .multiply(BigDecimal.valueOf(options.timeScale()))
                .stripTrailingZeros();
        return (rate.scale() <= 0 ? rate.setScale(1) : rate).toPlainString();
    }
}
