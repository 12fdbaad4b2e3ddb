package io.sellerbridge.sandbox;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * What clients did to the sandbox, per operation ("lwaToken", "getOrders", "getOrder", "getOrderItems",
 * and the MWS actions "ListOrders", "ListOrdersByNextToken", "ListOrderItems", "ListOrderItemsByNextToken",
 * "GetOrder"). A connection closed by {@link Faults#resetNext} counts under status 0.
 */
public final class CallStats {
    private final ConcurrentMap<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ConcurrentMap<Integer, LongAdder>> statuses = new ConcurrentHashMap<>();
    /** MWS throttling is a 503 like ServiceUnavailable, so it is counted by its code, not its status. */
    private final ConcurrentMap<String, LongAdder> mwsThrottled = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Long> firstCallNanos = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Long> lastCallNanos = new ConcurrentHashMap<>();

    CallStats() {
    }

    public long calls(String operation) {
        LongAdder a = calls.get(Operations.require(operation));
        return a == null ? 0 : a.sum();
    }

    /**
     * Throttled answers, whether from an empty bucket or {@link Faults#throttleNext}: HTTP 429 for SP-API
     * and LWA operations; for MWS actions the 503 answers with Code RequestThrottled (not other 503s).
     */
    public long throttled(String operation) {
        if (Operations.isMws(operation)) {
            LongAdder a = mwsThrottled.get(operation);
            return a == null ? 0 : a.sum();
        }
        return status(operation, 429);
    }

    public long status(String operation, int httpStatus) {
        Map<Integer, LongAdder> byStatus = statuses.get(Operations.require(operation));
        LongAdder a = byStatus == null ? null : byStatus.get(httpStatus);
        return a == null ? 0 : a.sum();
    }

    public long totalCalls() {
        return calls.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public long totalThrottled() {
        return Operations.ALL.stream().mapToLong(this::throttled).sum();
    }

    public void reset() {
        firstCallNanos.clear();
        lastCallNanos.clear();
        calls.clear();
        statuses.clear();
        mwsThrottled.clear();
    }

    /** One line per operation, e.g. {@code getOrders calls=12 throttled=1 statuses={200=10, 400=1, 429=1}}. */
    public String summary() {
        return Operations.ALL.stream().map(op -> {
            Map<Integer, Long> byStatus = new TreeMap<>();
            statuses.getOrDefault(op, new ConcurrentHashMap<>()).forEach((s, a) -> byStatus.put(s, a.sum()));
            return op + " calls=" + calls(op) + " throttled=" + throttled(op) + " statuses=" + byStatus;
        }).collect(Collectors.joining(System.lineSeparator()));
    }

    void called(String operation) {
        long now = System.nanoTime();
        firstCallNanos.putIfAbsent(operation, now);
        lastCallNanos.put(operation, now);
        calls.computeIfAbsent(operation, k -> new LongAdder()).increment();
    }

    /** System.nanoTime() of the first call of an operation, for benchmarks; null before any call. */
    public Long firstCallNanos(String operation) {
        return firstCallNanos.get(Operations.require(operation));
    }

    /** System.nanoTime() of the latest call of an operation; null before any call. */
    public Long lastCallNanos(String operation) {
        return lastCallNanos.get(Operations.require(operation));
    }

    void answered(String operation, Reply reply) {
        answered(operation, reply.status());
        if (reply.throttle() && Operations.isMws(operation)) {
            mwsThrottled.computeIfAbsent(operation, k -> new LongAdder()).increment();
        }
    }

    void answered(String operation, int httpStatus) {
        statuses.computeIfAbsent(operation, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(httpStatus, k -> new LongAdder()).increment();
    }

    @Override
    public String toString() {
        return summary();
    }
}
