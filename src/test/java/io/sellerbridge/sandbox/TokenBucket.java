package io.sellerbridge.sandbox;

/**
 * Amazon's documented throttling algorithm: the bucket starts full, refills continuously at
 * {@code perSecond} up to {@code burst}, and every request takes one whole token.
 */
final class TokenBucket {
    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long lastRefill;

    TokenBucket(double perSecond, int burst) {
        this.capacity = burst;
        this.tokensPerNano = perSecond / 1_000_000_000d;
        this.tokens = burst;
        this.lastRefill = System.nanoTime(); // monotonic: wall-clock jumps must not refill or drain
    }

    synchronized boolean tryAcquire() {
        long now = System.nanoTime();
        tokens = Math.min(capacity, tokens + (now - lastRefill) * tokensPerNano);
        lastRefill = now;
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }
}
