package io.sellerbridge.reports;

import io.sellerbridge.amazon.PolledSeller;
import io.sellerbridge.checkpoint.Checkpoints;
import io.sellerbridge.checkpoint.SellerWindows;
import io.sellerbridge.checkpoint.Window;
import io.sellerbridge.observe.BundleMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
    private final Checkpoints checkpoints;
    private final BundleMetrics metrics;
    private final Duration endLag;
    private final SellerWindows getOrders;
    /** Per stream and seller: when this run's backfill started (nanoTime) and the seconds already done then. */
    private final Map<String, long[]> runs = new ConcurrentHashMap<>();

    /** @param getOrders the windows of the getOrders stream, which a backfill hands over to */
    public ReportWindows(Clock clock, Checkpoints checkpoints, BundleMetrics metrics, Duration endLag,
                         SellerWindows getOrders) {
        this.clock = clock;
        this.checkpoints = checkpoints;
        this.metrics = metrics;
        this.endLag = endLag;
        this.getOrders = getOrders;
    }

    /** The next window of the stream for the seller; empty when there is nothing to do until the next run. */
    public Optional<Window> next(ReportStream stream, PolledSeller seller) {
        if (!stream.ordersReport()) {
            return Optional.of(Window.snapshot());
        }
        String sellerId = seller.sellerId();
        boolean backfill = stream.backfillFrom().isPresent();
        if (backfill && checkpoints.load(stream.doneKey(sellerId)).isPresent()) {
            return Optional.empty();
        }
        Optional<Instant> until = backfill ? Optional.of(handOverPoint(stream, seller)) : Optional.empty();
        Optional<Instant> committed = checkpoints.position(stream.checkpointKey(sellerId));
        Window window = stream.planner(clock, endLag).plan(stream.checkpointKey(sellerId), committed,
                stream.backfillFrom(), until);
        if (window.isEmpty()) {
            if (backfill) {
                finished(stream, seller, until.get());
            }
            return Optional.empty();
        }
        if (backfill) {
            // this run's pace is measured from here
            runs.putIfAbsent(stream.name() + "/" + sellerId, new long[] {System.nanoTime(),
                    Duration.between(stream.backfillFrom().get(), window.after()).getSeconds()});
        }
        return Optional.of(window);
    }

    /** Every report of the window was published: the stream moves on; a backfill's last window completes it. */
    public void done(ReportStream stream, PolledSeller seller, Window window) {
        checkpoints.commit(window);
        if (!window.isSnapshot() && stream.backfillFrom().isPresent()) {
            progress(stream, seller, window.before());
            if (window.caughtUp()) {
                finished(stream, seller, window.before());
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
        metrics.backfillProgress(stream.checkpointKey(seller.sellerId()).stream(), seller.sellerId(), done / total);
        LOG.info("Backfill of seller {} by report stream {}: {}% ({} of {} -> {}), {} days of data per hour, ETA {}",
                seller.sellerId(), stream.name(), Math.round(100 * done / total), doneUpTo, from, until,
                String.format(Locale.ROOT, "%.1f", daysPerHour), eta);
    }

    /**
     * Where the backfill ends and getOrders begins, fixed on first use: where getOrders' next window starts (its
     * checkpoint less its look-back). Without a getOrders checkpoint, getOrders starts now (less the end lag): that
     * becomes its checkpoint, and the backfill walks the past up to it.
     */
    public synchronized Instant handOverPoint(ReportStream stream, PolledSeller seller) {
        Optional<Instant> fixed = checkpoints.load(stream.untilKey(seller.sellerId()));
        if (fixed.isPresent()) {
            return fixed.get();
        }
        Instant until = getOrders.readsFrom(seller).orElseGet(() -> {
            getOrders.startsAt(seller, stream.planner(clock, endLag).now().minus(endLag));
            return getOrders.readsFrom(seller).orElseThrow();
        });
        checkpoints.record(stream.untilKey(seller.sellerId()), until);
        LOG.info("Backfill of seller {} by report stream {}: from {} up to {}; getOrders polls on from there",
                seller.sellerId(), stream.name(), stream.backfillFrom().orElseThrow(), until);
        return until;
    }

    private void finished(ReportStream stream, PolledSeller seller, Instant until) {
        checkpoints.record(stream.doneKey(seller.sellerId()), until);
        LOG.info("Backfill of seller {} by report stream {} is complete up to {}", seller.sellerId(), stream.name(), until);
    }
}
