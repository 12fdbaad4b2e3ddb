package io.sellerbridge.reports;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One configured report stream ({@code spapi.reports.<name>.*}): which report type, read how, over windows of at most
 * {@code window} (order reports) or as a snapshot (inventory reports). An order stream with {@code backfillFrom}
 * walks from that date up to the getOrders stream and hands over to it.
 */
public record ReportStream(String name, String reportType, ReportFormat format, boolean ordersReport, boolean enabled,
                           Duration window,
                           Duration start, Optional<Instant> backfillFrom) {

    public String checkpointKey(String sellerId) {
        return "spapi-report-" + name + ":" + sellerId;
    }

    /** Where this stream's backfill ends and getOrders begins, fixed once per seller. */
    public String untilKey(String sellerId) {
        return "spapi-report-" + name + "-until:" + sellerId;
    }

    /** Set when the backfill reached its hand-over point. */
    public String doneKey(String sellerId) {
        return "spapi-report-" + name + "-done:" + sellerId;
    }
}
