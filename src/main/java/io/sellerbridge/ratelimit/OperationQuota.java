package io.sellerbridge.ratelimit;

/**
 * Amazon's usage plan for one operation: a token bucket of {@code burst} tokens refilled at {@code rate} per second.
 * Camel's Throttle (TotalRequests mode) gives out {@code burst} permits per rolling window of burst/rate seconds,
 * which never exceeds the bucket and, over a long sync, runs at its rate.
 */
public record OperationQuota(String operation, double rate, int burst) {

    public long windowMillis() {
        return Math.round(burst / rate * 1000.0);
    }

    /** Permits per window when Amazon reports another rate in {@code x-amzn-RateLimit-Limit}. */
    public int permitsAt(double observedRate) {
        return (int) Math.max(1, Math.round(observedRate * windowMillis() / 1000.0));
    }
}
