package io.sellerbridge.ratelimit;

import io.sellerbridge.config.Settings;

/**
 * Amazon's usage plan for one operation: a token bucket of {@code burst} tokens refilled at {@code rate} per second.
 * Camel's Throttle (TotalRequests mode) hands out permits per rolling window; {@link RateLimits} sizes it so the
 * bucket's burst is spent at once and the rest flows at the rate in small steps.
 */
public record OperationQuota(String operation, double rate, int burst) {

    /** {@code <prefix>.rate} (requests per second) and {@code <prefix>.burst}, e.g. spapi.orders.get-orders.*. */
    public static OperationQuota read(Settings settings, String operation, String prefix) {
        return new OperationQuota(operation, settings.positiveDecimal(prefix + ".rate"),
                settings.positiveInt(prefix + ".burst"));
    }

    /** Permits per window after the burst: a fifth of it, so the pace is smooth and Camel's rolling window short. */
    public int steadyPermits() {
        return (int) Math.max(1, Math.round(burst / 5.0));
    }

    /** The Throttle's window: the time the bucket needs to refill the steady permits. */
    public long windowMillis() {
        return Math.max(1, Math.round(steadyPermits() / rate * 1000.0));
    }

    /** How long the bucket needs to refill completely; after that much idle time the whole burst is there again. */
    public long refillMillis() {
        return Math.round(burst / rate * 1000.0);
    }

    /** Steady permits per window when Amazon reports another rate in {@code x-amzn-RateLimit-Limit}. */
    public int steadyPermitsAt(double observedRate) {
        return (int) Math.max(1, Math.round(observedRate * windowMillis() / 1000.0));
    }
}
