package io.sellerbridge.reports;

import io.sellerbridge.checkpoint.CheckpointStore;
import io.sellerbridge.checkpoint.OrdersWindows;
import io.sellerbridge.config.PolledSeller;
import io.sellerbridge.observe.BundleMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Where a report stream stands for a seller, kept on the checkpoint topic. An order stream walks data windows of at
 * most its window size from its checkpoint (first run: the backfill date, or {@code start} ago) up to now less the
 * end lag. In backfill mode it walks up to a hand-over point fixed once, by whichever stream runs first: getOrders
 * reads from its checkpoint less its look-back, so the backfill ends exactly there. A new installation gets its
 * getOrders checkpoint at that moment, so live orders flow at once while the reports fill in the past — no gap, no
 * overlap, and a failing report never holds up live orders.
 */
public class ReportWindows {

    private static final Logger LOG = LoggerFactory.getLogger(ReportWindows.class);

    private final Clock clock;
    private final CheckpointStore checkpoints;
    private final BundleMetrics metrics;
    private final Duration endLag;
    private final Duration ordersLookBack;
    /** Per stream and seller: when this run's backfill started (nanoTime) and the seconds already done then. */
    private final java.util.Map<String, long[]> runs = new java.util.concurrent.ConcurrentHashMap<>();

    public ReportWindows(Clock clock, CheckpointStore checkpoints, BundleMetrics metrics, Duration endLag,
                         Duration ordersLookBack) {
        this.clock = clock;
        this.checkpoints = checkpoints;
        this.metrics = metrics;
        this.endLag = endLag;
        this.ordersLookBack = ordersLookBack;
    }

    /** The next window of the stream for the seller; empty when there is nothing to do until the next run. */
    public Optional<ReportWindow> next(ReportStream stream, PolledSeller seller) {
        if (!stream.ordersReport()) {
            return Optional.of(ReportWindow.snapshot());
        }
        String sellerId = seller.sellerId();
        boolean backfill = stream.backfillFrom().isPresent();
        if (backfill && checkpoints.load(stream.doneKey(sellerId)).isPresent()) {
            return Optional.empty();
        }
        Instant now = now();
        Instant until = backfill ? handOverPoint(stream, seller) : now.minus(endLag);
        Instant from = checkpoints.load(stream.checkpointKey(sellerId))
                .orElse(stream.backfillFrom().orElse(now.minus(stream.start())));
        if (!from.isBefore(until)) {
            if (backfill) {
                finished(stream, seller, until);
            }
            return Optional.empty();
        }
        Instant end = from.plus(stream.window()).isBefore(until) ? from.plus(stream.window()) : until;
        if (backfill) {
            // this run's pace is measured from here
            runs.putIfAbsent(stream.name() + "/" + sellerId, new long[] {System.nanoTime(),
                    Duration.between(stream.backfillFrom().get(), from).getSeconds()});
        }
        return Optional.of(new ReportWindow(from, end, end.equals(until)));
    }

    /** Every report of the window was published: the stream moves on; a backfill's last window completes it. */
    public void done(ReportStream stream, PolledSeller seller, ReportWindow window) {
        if (window.end() == null) {
            return; // a snapshot has no position to keep
        }
        checkpoints.commit(stream.checkpointKey(seller.sellerId()), window.end());
        metrics.checkpointCommitted("spapi-report-" + stream.name(), seller.sellerId(), window.end());
        LOG.info("Committed report stream {} for seller {} up to {}", stream.name(), seller.sellerId(), window.end());
        if (stream.backfillFrom().isPresent()) {
            progress(stream, seller, window.end());
            if (window.last()) {
                finished(stream, seller, window.end());
            }
        }
    }

    /** How far the backfill is: share of its time span done, the pace of this run, and the time left at that pace. */
    private void progress(ReportStream stream, PolledSeller seller, Instant doneUpTo) {
        Instant from = stream.backfillFrom().orElseThrow();
        Instant until = handOverPoint(stream, seller);
        double total = Math.max(1, Duration.between(from, until).getSeconds());
        double done = Math.min(total, Math.max(0, Duration.between(from, doneUpTo).getSeconds()));
        String key = stream.name() + "/" + seller.sellerId();
        long[] run = runs.computeIfAbsent(key, k -> new long[] {System.nanoTime(), (long) done});
        if (done >= total) {
            runs.remove(key);
        }
        double hours = Math.max(1e-9, (System.nanoTime() - run[0]) / 3.6e12);
        double daysPerHour = (done - run[1]) / 86_400.0 / hours;
        String eta = daysPerHour > 0 ? Duration.ofSeconds(Math.round((total - done) / 86_400.0 / daysPerHour * 3600)).toString() : "unknown";
        metrics.backfillProgress("spapi-report-" + stream.name(), seller.sellerId(), done / total);
        LOG.info("Backfill of seller {} by report stream {}: {}% ({} of {} -> {}), {} days of data per hour, ETA {}",
                seller.sellerId(), stream.name(), Math.round(100 * done / total), doneUpTo, from, until,
                String.format(java.util.Locale.ROOT, "%.1f", daysPerHour), eta);
    }

    /**
     * Where the backfill ends and getOrders begins, fixed on first use: getOrders' checkpoint less its look-back
     * (where its next window starts). Without a getOrders checkpoint, getOrders starts now (less the end lag): that
     * becomes its checkpoint, and the backfill walks the past up to it.
     */
    public synchronized Instant handOverPoint(ReportStream stream, PolledSeller seller) {
        Optional<Instant> fixed = checkpoints.load(stream.untilKey(seller.sellerId()));
        if (fixed.isPresent()) {
            return fixed.get();
        }
        String ordersKey = OrdersWindows.checkpointKey(OrdersWindows.SPAPI_ORDERS, seller);
        Instant ordersFrom = checkpoints.load(ordersKey).orElseGet(() -> {
            Instant start = now().minus(endLag);
            checkpoints.commit(ordersKey, start);
            return start;
        });
        Instant until = ordersFrom.minus(ordersLookBack);
        checkpoints.commit(stream.untilKey(seller.sellerId()), until);
        LOG.info("Backfill of seller {} by report stream {}: from {} up to {}; getOrders polls on from there",
                seller.sellerId(), stream.name(), stream.backfillFrom().orElseThrow(), until);
        return until;
    }

    private void finished(ReportStream stream, PolledSeller seller, Instant until) {
        checkpoints.commit(stream.doneKey(seller.sellerId()), until);
        LOG.info("Backfill of seller {} by report stream {} is complete up to {}", seller.sellerId(), stream.name(), until);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
