package io.sellerbridge.reports;

import io.sellerbridge.checkpoint.CheckpointKey;
import io.sellerbridge.checkpoint.WindowPlanner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One configured report stream ({@code spapi.reports.<name>.*}): which report type, read how, over windows of at most
 * {@code window} from {@code start} ago (order reports) or as a snapshot (inventory reports: both null). An order stream with {@code backfillFrom}
 * walks from that date up to the getOrders stream and hands over to it.
 */
public record ReportStream(String name, String reportType, ReportFormat format, boolean ordersReport, boolean enabled,
                           Duration window,
                           Duration start, Optional<Instant> backfillFrom) {

    /** The stream's position for a seller: order reports are region-wide, so one position per seller. */
    public CheckpointKey checkpointKey(String sellerId) {
        return CheckpointKey.ofSeller("spapi-report-" + name, sellerId);
    }

    /** Where this stream's backfill ends and getOrders begins, fixed once per seller. */
    public CheckpointKey untilKey(String sellerId) {
        return checkpointKey(sellerId).aspect("until");
    }

    /** Set when the backfill reached its hand-over point. */
    public CheckpointKey doneKey(String sellerId) {
        return checkpointKey(sellerId).aspect("done");
    }

    /** Data windows from the checkpoint (no look-back: a report's window is read whole), at most {@code window} long. */
    public WindowPlanner planner(Clock clock, Duration endLag) {
        return new WindowPlanner(clock, start, Duration.ZERO, endLag, window);
    }
}
