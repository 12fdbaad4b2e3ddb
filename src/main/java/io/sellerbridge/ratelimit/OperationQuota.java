package io.sellerbridge.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.sellerbridge.config.Settings;

import java.time.Duration;

/**
 * Amazon's usage plan for one operation: a token bucket of {@code burst} tokens refilled at {@code rate} per second.
 * Every seller has its own bucket per operation ({@link RateLimits}).
 */
public record OperationQuota(String operation, double rate, int burst) {

    /** {@code <prefix>.rate} (requests per second) and {@code <prefix>.burst}, e.g. spapi.orders.get-orders.*. */
    public static OperationQuota read(Settings settings, String operation, String prefix) {
        return new OperationQuota(operation, settings.positiveDecimal(prefix + ".rate"),
                settings.positiveInt(prefix + ".burst"));
    }

    /**
     * The bundle's copy of the bucket at this rate: full at first and refilled continuously, as Amazon's is, but one
     * token smaller where the burst allows. Amazon's bucket then holds a token more than the bundle's whenever the
     * bundle spends one, so a call that reaches Amazon a little earlier than the one before it (network and
     * scheduling jitter of up to one refill interval) still finds a token. The steady rate is Amazon's.
     */
    Bandwidth bandwidth(double ratePerSecond) {
        int capacity = Math.max(1, burst - 1);
        return Bandwidth.builder().capacity(capacity)
                .refillGreedy(capacity, Duration.ofNanos(Math.round(capacity / ratePerSecond * 1e9)))
                .build();
    }
}
