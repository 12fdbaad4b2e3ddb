package io.sellerbridge.inventory;

import io.sellerbridge.checkpoint.CheckpointStore;
import io.sellerbridge.config.SellerConfig;
import io.sellerbridge.observe.BundleMetrics;
import io.sellerbridge.orders.OrderExchange;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Plans and closes the inventory scans of a seller: an incremental scan (startDateTime = last scan less a look-back)
 * normally, a full scan on the first run and every {@code fullScanEvery} (Amazon's startDateTime does not see changes
 * of the inbound quantities). A scan whose nextToken expired starts again from the first page: a snapshot is either
 * walked whole or not committed.
 */
public class InventoryScans {

    public static final String SCAN = "inventoryScan";
    public static final String RESTARTS = "inventoryScanRestarts";

    private static final Logger LOG = LoggerFactory.getLogger(InventoryScans.class);
    /** Amazon: startDateTime "no earlier than 18 months prior". */
    private static final Duration OLDEST_START = Duration.ofDays(540);

    private final Clock clock;
    private final CheckpointStore checkpoints;
    private final BundleMetrics metrics;
    private final Duration lookBack;
    private final Duration fullScanEvery;
    private final int maxRestarts;

    public InventoryScans(Clock clock, CheckpointStore checkpoints, BundleMetrics metrics, Duration lookBack,
                          Duration fullScanEvery, int maxRestarts) {
        this.clock = clock;
        this.checkpoints = checkpoints;
        this.metrics = metrics;
        this.lookBack = lookBack;
        this.fullScanEvery = fullScanEvery;
        this.maxRestarts = maxRestarts;
    }

    /** getInventorySummaries takes one marketplace per call. */
    public List<String> marketplaces(Exchange exchange) {
        SellerConfig seller = OrderExchange.seller(exchange);
        exchange.setProperty(OrderExchange.SELLER_ID, seller.sellerId());
        return seller.marketplaceIds();
    }

    /** Starts the scan of the marketplace in the body. */
    public InventoryScan plan(Exchange exchange) {
        String marketplaceId = exchange.getMessage().getBody(String.class);
        String sellerId = OrderExchange.seller(exchange).sellerId();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        InventoryScan probe = new InventoryScan(sellerId, marketplaceId, true, null, now);
        Optional<Instant> lastFull = checkpoints.load(probe.fullScanCheckpointKey());
        Optional<Instant> last = checkpoints.load(probe.checkpointKey());
        boolean full = lastFull.isEmpty() || last.isEmpty() || !lastFull.get().plus(fullScanEvery).isAfter(now);
        Instant changedSince = full ? null : latest(last.get().minus(lookBack), now.minus(OLDEST_START));
        InventoryScan scan = new InventoryScan(sellerId, marketplaceId, full, changedSince, now);
        exchange.setProperty(SCAN, scan);
        exchange.setProperty(OrderExchange.MARKETPLACE_ID, marketplaceId);
        exchange.setProperty(RESTARTS, 0);
        firstPage(exchange);
        LOG.info("Inventory scan of seller {} in {}: {}", sellerId, marketplaceId,
                full ? "full" : "changed since " + changedSince);
        return scan;
    }

    /** The nextToken expired mid-scan: walk again from the first page, a bounded number of times. */
    public void restart(Exchange exchange) {
        int restarts = exchange.getProperty(RESTARTS, 0, Integer.class) + 1;
        InventoryScan scan = exchange.getProperty(SCAN, InventoryScan.class);
        if (restarts > maxRestarts) {
            throw new IllegalStateException("inventory scan of seller " + scan.sellerId() + " in " + scan.marketplaceId()
                    + " lost its nextToken " + restarts + " times; giving up until the next run");
        }
        exchange.setProperty(RESTARTS, restarts);
        LOG.warn("Inventory scan of seller {} in {}: nextToken expired, starting the scan again ({} of {})",
                scan.sellerId(), scan.marketplaceId(), restarts, maxRestarts);
        firstPage(exchange);
    }

    /** Every page was walked and every level acknowledged by Kafka. */
    public void commit(Exchange exchange) {
        InventoryScan scan = exchange.getProperty(SCAN, InventoryScan.class);
        checkpoints.commit(scan.checkpointKey(), scan.startedAt());
        if (scan.full()) {
            checkpoints.commit(scan.fullScanCheckpointKey(), scan.startedAt());
        }
        metrics.checkpointCommitted("spapi-inventory", scan.sellerId(), scan.startedAt());
        LOG.info("Committed {} {} scan as of {}", scan.checkpointKey(), scan.full() ? "full" : "incremental", scan.startedAt());
    }

    private static void firstPage(Exchange exchange) {
        exchange.setProperty(OrderExchange.NEXT_TOKEN, null);
        exchange.setProperty(OrderExchange.MORE_PAGES, true);
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
