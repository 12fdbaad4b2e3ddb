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
 * end lag. In backfill mode it walks only up to where the getOrders stream starts: its checkpoint when it has one,
 * otherwise now less the end lag, which it then commits as the getOrders checkpoint — so getOrders takes over
 * exactly where the reports stopped, and waits until they did ({@link #backfillPending}).
 */
public class ReportWindows {

    private static final Logger LOG = LoggerFactory.getLogger(ReportWindows.class);

    private final Clock clock;
    private final CheckpointStore checkpoints;
    private final BundleMetrics metrics;
    private final Duration endLag;

    public ReportWindows(Clock clock, CheckpointStore checkpoints, BundleMetrics metrics, Duration endLag) {
        this.clock = clock;
        this.checkpoints = checkpoints;
        this.metrics = metrics;
        this.endLag = endLag;
    }

    /** The next window of the stream for the seller; empty when there is nothing to do until the next run. */
    public Optional<ReportWindow> next(ReportStream stream, PolledSeller seller) {
        if (!stream.ordersReport()) {
            return Optional.of(ReportWindow.snapshot());
        }
        String sellerId = seller.sellerId();
        if (stream.backfillFrom().isPresent() && checkpoints.load(stream.handedOverKey(sellerId)).isPresent()) {
            return Optional.empty();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant until = stream.backfillFrom().isPresent()
                ? checkpoints.load(OrdersWindows.checkpointKey(OrdersWindows.SPAPI_ORDERS, seller)).orElse(now.minus(endLag))
                : now.minus(endLag);
        Instant from = checkpoints.load(stream.checkpointKey(sellerId))
                .orElse(stream.backfillFrom().orElse(now.minus(stream.start())));
        if (!from.isBefore(until)) {
            if (stream.backfillFrom().isPresent()) {
                // getOrders already reads from before the backfill date: nothing to backfill, and its position stays
                handOver(stream, seller, until);
            }
            return Optional.empty();
        }
        Instant end = from.plus(stream.window()).isBefore(until) ? from.plus(stream.window()) : until;
        return Optional.of(new ReportWindow(from, end, end.equals(until)));
    }

    /** Every report of the window was published: the stream moves on; a backfill's last window hands over. */
    public void done(ReportStream stream, PolledSeller seller, ReportWindow window) {
        if (window.end() == null) {
            return; // a snapshot has no position to keep
        }
        checkpoints.commit(stream.checkpointKey(seller.sellerId()), window.end());
        metrics.checkpointCommitted("spapi-report-" + stream.name(), seller.sellerId(), window.end());
        LOG.info("Committed report stream {} for seller {} up to {}", stream.name(), seller.sellerId(), window.end());
        if (window.last() && stream.backfillFrom().isPresent()) {
            handOver(stream, seller, window.end());
        }
    }

    /** True while a backfill of this seller's orders has not handed over: getOrders must not start on its own. */
    public boolean backfillPending(ReportStream stream, PolledSeller seller) {
        return stream.ordersReport() && stream.backfillFrom().isPresent()
                && checkpoints.load(stream.handedOverKey(seller.sellerId())).isEmpty();
    }

    private void handOver(ReportStream stream, PolledSeller seller, Instant end) {
        String ordersKey = OrdersWindows.checkpointKey(OrdersWindows.SPAPI_ORDERS, seller);
        Optional<Instant> orders = checkpoints.load(ordersKey);
        if (orders.isEmpty() || orders.get().isBefore(end)) {
            checkpoints.commit(ordersKey, end);
        }
        checkpoints.commit(stream.handedOverKey(seller.sellerId()), end);
        LOG.info("Backfill of seller {} by report stream {} is complete up to {}; getOrders polling takes over from there",
                seller.sellerId(), stream.name(), end);
    }
}
