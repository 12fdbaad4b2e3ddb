package io.sellerbridge.inventory;

import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.amazon.Paging;
import io.sellerbridge.checkpoint.CheckpointKey;
import io.sellerbridge.checkpoint.Checkpoints;
import io.sellerbridge.checkpoint.Window;
import io.sellerbridge.checkpoint.WindowPlanner;
import io.sellerbridge.spapi.SpApiSeller;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Plans and closes the inventory scans of a seller, one marketplace at a time: the window of a scan is the levels
 * changed since the last scan less a look-back (Amazon's startDateTime), up to the scan's start, which becomes the
 * checkpoint. A full scan (no startDateTime) runs on the first run and every {@code fullScanEvery}: Amazon's
 * startDateTime does not see changes of the inbound quantities. A scan whose nextToken expired starts again from the
 * first page: a snapshot is either walked whole or not committed.
 */
public class InventoryScans {

    public static final String STREAM = "spapi-inventory";
    public static final String RESTARTS = "inventoryScanRestarts";

    private static final Logger LOG = LoggerFactory.getLogger(InventoryScans.class);
    /** Amazon: startDateTime "no earlier than 18 months prior". */
    private static final Duration OLDEST_START = Duration.ofDays(540);

    private final WindowPlanner planner;
    private final Checkpoints checkpoints;
    private final Duration fullScanEvery;
    private final int maxRestarts;

    /** @param planner the look-back of incremental scans, no end lag (a scan reads up to now) */
    public InventoryScans(WindowPlanner planner, Checkpoints checkpoints, Duration fullScanEvery, int maxRestarts) {
        this.planner = planner;
        this.checkpoints = checkpoints;
        this.fullScanEvery = fullScanEvery;
        this.maxRestarts = maxRestarts;
    }

    /** Body: the seller. getInventorySummaries takes one marketplace per call. */
    public List<String> marketplaces(Exchange exchange) {
        SpApiSeller seller = exchange.getMessage().getBody(SpApiSeller.class);
        seller.useIn(exchange);
        return seller.marketplaceIds();
    }

    /** Starts the scan of the marketplace in the body. */
    public Window plan(Exchange exchange) {
        String marketplaceId = exchange.getMessage().getBody(String.class);
        CheckpointKey key = CheckpointKey.of(STREAM, AmazonCall.sellerId(exchange), marketplaceId);
        Optional<Instant> lastFull = checkpoints.load(fullScanKey(key));
        Optional<Instant> last = checkpoints.position(key);
        Instant now = planner.now();
        boolean full = lastFull.isEmpty() || last.isEmpty() || !lastFull.get().plus(fullScanEvery).isAfter(now);
        Window window = full ? Window.everything(key, now) : oldestAmazonTakes(planner.plan(key, last));
        exchange.setProperty(Window.PROPERTY, window);
        exchange.setProperty(AmazonCall.MARKETPLACE_ID, marketplaceId);
        exchange.setProperty(RESTARTS, 0);
        Paging.firstPage(exchange);
        LOG.info("Inventory scan of seller {} in {}: {}", key.sellerId(), marketplaceId,
                full ? "full" : "changed since " + window.after());
        return window;
    }

    /** The nextToken expired mid-scan: walk again from the first page, a bounded number of times. */
    public void restart(Exchange exchange) {
        int restarts = exchange.getProperty(RESTARTS, 0, Integer.class) + 1;
        CheckpointKey key = exchange.getProperty(Window.PROPERTY, Window.class).checkpoint();
        if (restarts > maxRestarts) {
            throw new IllegalStateException("inventory scan of seller " + key.sellerId() + " in " + key.marketplaceId()
                    + " lost its nextToken " + restarts + " times; giving up until the next run");
        }
        exchange.setProperty(RESTARTS, restarts);
        LOG.warn("Inventory scan of seller {} in {}: nextToken expired, starting the scan again ({} of {})",
                key.sellerId(), key.marketplaceId(), restarts, maxRestarts);
        Paging.firstPage(exchange);
    }

    /** Every page was walked and every level acknowledged by Kafka. */
    public void commit(Exchange exchange) {
        Window window = exchange.getProperty(Window.PROPERTY, Window.class);
        checkpoints.commit(window);
        if (window.after() == null) {
            checkpoints.record(fullScanKey(window.checkpoint()), window.before());
        }
    }

    private static CheckpointKey fullScanKey(CheckpointKey key) {
        return key.aspect("full");
    }

    private Window oldestAmazonTakes(Window window) {
        Instant oldest = window.before().minus(OLDEST_START);
        return window.after().isBefore(oldest)
                ? new Window(window.checkpoint(), oldest, window.before(), window.caughtUp()) : window;
    }
}
