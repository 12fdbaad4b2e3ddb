package io.sellerbridge.checkpoint;

import io.sellerbridge.amazon.Paging;
import io.sellerbridge.amazon.PolledSeller;
import io.sellerbridge.config.Settings;
import org.apache.camel.Exchange;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * The incremental windows of an order stream (SP-API getOrders, MWS ListOrders): each run reads one window per
 * seller, from its checkpoint (less the look-back) up to now less the end lag, and commits it once it was all
 * published. The window covers the seller's marketplaces together, as one query does.
 */
public class SellerWindows {

    private final String stream;
    private final WindowPlanner planner;
    private final Checkpoints checkpoints;
    private Function<PolledSeller, Optional<Instant>> firstStart = seller -> Optional.empty();

    public SellerWindows(String stream, WindowPlanner planner, Checkpoints checkpoints) {
        this.stream = stream;
        this.planner = planner;
        this.checkpoints = checkpoints;
    }

    /**
     * The windows of an order stream configured under {@code prefix}: {@code .start} (first run), {@code .look-back}
     * and {@code .end-lag} (at least two minutes: Amazon rejects a LastUpdatedBefore closer to now).
     */
    public static SellerWindows read(String stream, String prefix, Settings settings, Clock clock, Checkpoints checkpoints) {
        Duration endLag = settings.duration(prefix + ".end-lag", Duration.ofMinutes(2), null,
                "Amazon rejects a LastUpdatedBefore less than 2 minutes in the past; use PT2M or more");
        return new SellerWindows(stream, new WindowPlanner(clock, settings.duration(prefix + ".start"),
                settings.duration(prefix + ".look-back"), endLag, null), checkpoints);
    }

    public CheckpointKey checkpointKey(PolledSeller seller) {
        return CheckpointKey.of(stream, seller);
    }

    /** Where the seller's next window starts: its checkpoint less the look-back, as {@link WindowPlanner} plans it. */
    public Optional<Instant> readsFrom(PolledSeller seller) {
        return checkpoints.load(checkpointKey(seller)).map(c -> c.minus(planner.lookBack()));
    }

    /** Sets a new seller's first checkpoint (a report backfill hands over here and fills in the past). */
    public void startsAt(PolledSeller seller, Instant position) {
        checkpoints.record(checkpointKey(seller), position);
    }

    /**
     * Where a seller without a checkpoint starts instead of {@code start} ago: a report backfill's hand-over point,
     * taken as if committed.
     */
    public void firstStart(Function<PolledSeller, Optional<Instant>> provider) {
        this.firstStart = provider;
    }

    /** Body: the seller. Starts the exchange's work for it and plans its window. */
    public Window plan(Exchange exchange) {
        PolledSeller seller = exchange.getMessage().getBody(PolledSeller.class);
        seller.useIn(exchange);
        CheckpointKey key = checkpointKey(seller);
        Optional<Instant> committed = checkpoints.position(key);
        Window window = planner.plan(key, committed.isPresent() ? committed : firstStart.apply(seller));
        exchange.setProperty(Window.PROPERTY, window);
        Paging.firstPage(exchange);
        exchange.setProperty(Paging.MORE_PAGES, !window.isEmpty());
        return window;
    }

    /** Reached only when every page was read and every record acknowledged. */
    public void commit(Exchange exchange) {
        Window window = exchange.getProperty(Window.PROPERTY, Window.class);
        checkpoints.commit(window);
    }
}
