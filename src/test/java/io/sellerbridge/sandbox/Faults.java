package io.sellerbridge.sandbox;

import io.sellerbridge.mws.ErrorResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scripted misbehaviour. Each {@code *Next} call queues {@code count} one-shot faults for an operation
 * ("lwaToken", "getOrders", "getOrder", "getOrderItems", a Reports or Notifications API operation, "reportDocument"
 * for the download, or an MWS action such as "ListOrders"); every call of that operation takes at most
 * one fault from the head of its queue, in the order they were queued. Faulted calls take no bucket
 * token and are never throttled by the bucket. A slow call is then handled normally (and does take a
 * token); a malformed call is answered from the real data, auth included, and its 200 body is cut in
 * half (a non-200 answer, e.g. 403 for an expired token, is sent unchanged and still uses up the fault).
 */
public final class Faults {

    enum Kind { FAIL, MALFORMED, SLOW, RESET, THROTTLE }

    record Fault(Kind kind, int status, Duration delay) {
    }

    private final Map<String, Deque<Fault>> queues = new HashMap<>();
    private final Set<String> revokedSellers = ConcurrentHashMap.newKeySet();
    private int fatalReports;
    private long corruptDocumentRow;
    private final AccessTokens accessTokens;

    Faults(AccessTokens accessTokens) {
        this.accessTokens = accessTokens;
    }

    /**
     * 500 {@code InternalFailure}, 503 {@code ServiceUnavailable} (LWA: server_error / temporarily_unavailable;
     * MWS: ErrorResponse InternalError / ServiceUnavailable).
     */
    public void failNext(String operation, int count, int httpStatus) {
        if (httpStatus < 400 || httpStatus > 599) {
            throw new IllegalArgumentException("failNext needs a 4xx/5xx status, was " + httpStatus);
        }
        add(operation, count, new Fault(Kind.FAIL, httpStatus, Duration.ZERO));
    }

    /** 200 whose JSON (MWS: XML) body is cut off mid-way (the real answer, without taking a bucket token). */
    public void malformedNext(String operation, int count) {
        add(operation, count, new Fault(Kind.MALFORMED, 200, Duration.ZERO));
    }

    /** Waits {@code delay} before handling the call normally (for client read-timeout tests). */
    public void slowNext(String operation, int count, Duration delay) {
        Objects.requireNonNull(delay, "delay");
        add(operation, count, new Fault(Kind.SLOW, 0, delay));
    }

    /**
     * Closes the TCP connection without any HTTP response. Note that HTTP clients may silently retry
     * an idempotent GET once when a pooled connection dies this way.
     */
    public void resetNext(String operation, int count) {
        add(operation, count, new Fault(Kind.RESET, 0, Duration.ZERO));
    }

    /** 429 QuotaExceeded (MWS: 503 RequestThrottled) whatever the bucket holds. */
    public void throttleNext(String operation, int count) {
        add(operation, count, new Fault(Kind.THROTTLE, 429, Duration.ZERO));
    }

    /** The next {@code count} created reports end FATAL instead of DONE or CANCELLED. */
    public synchronized void fatalNextReports(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + count);
        }
        fatalReports += count;
    }

    /**
     * The next {@code count} report downloads stop mid-way through the gzip stream (after at least one whole data
     * row) and end the response cleanly: the client gets a 200 and a gzip without its end.
     */
    public void truncateNextDocuments(int count) {
        add(Operations.REPORT_DOCUMENT, count, new Fault(Kind.MALFORMED, 200, Duration.ZERO));
    }

    /**
     * The next report download has data row {@code rowNumber} (1-based; XML: the Message) broken: a column short in a
     * flat file, an impossible PurchaseDate in XML.
     */
    public synchronized void corruptNextDocumentRow(long rowNumber) {
        if (rowNumber < 1) {
            throw new IllegalArgumentException("rowNumber must be >= 1, was " + rowNumber);
        }
        corruptDocumentRow = rowNumber;
    }

    /** Every access token issued so far is now expired; new LWA calls issue valid ones. */
    public void expireAccessTokens() {
        accessTokens.expireAll();
    }

    /** LWA answers invalid_grant for this seller's refresh token until {@link #clear()}. */
    public void revokeRefreshToken(String sellerId) {
        revokedSellers.add(Objects.requireNonNull(sellerId, "sellerId"));
    }

    /** Drops queued faults and revocations (expired access tokens stay expired). */
    public synchronized void clear() {
        queues.clear();
        revokedSellers.clear();
        fatalReports = 0;
        corruptDocumentRow = 0;
    }

    synchronized Fault poll(String operation) {
        Deque<Fault> q = queues.get(operation);
        return q == null ? null : q.pollFirst();
    }

    /** Whether the report being created now is one of those {@link #fatalNextReports} asked for (uses one up). */
    synchronized boolean takeFatalReport() {
        if (fatalReports == 0) {
            return false;
        }
        fatalReports--;
        return true;
    }

    /** The data row the download starting now must break, or 0 (uses the fault up). */
    synchronized long takeCorruptDocumentRow() {
        long row = corruptDocumentRow;
        corruptDocumentRow = 0;
        return row;
    }

    boolean isRevoked(String sellerId) {
        return revokedSellers.contains(sellerId);
    }

    private synchronized void add(String operation, int count, Fault fault) {
        Operations.require(operation);
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + count);
        }
        Deque<Fault> q = queues.computeIfAbsent(operation, k -> new ArrayDeque<>());
        for (int i = 0; i < count; i++) {
            q.addLast(fault);
        }
    }
}
