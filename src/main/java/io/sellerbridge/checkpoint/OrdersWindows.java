package io.sellerbridge.checkpoint;

import io.sellerbridge.config.PolledSeller;
import io.sellerbridge.orders.OrderExchange;
import io.sellerbridge.observe.BundleMetrics;
import io.sellerbridge.observe.LogContext;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Plans each seller's orders window from its checkpoint, and commits the window once it was all published. One per
 * stream (SP-API getOrders, MWS ListOrders): each has its own checkpoints.
 */
public class OrdersWindows {

    private static final Logger LOG = LoggerFactory.getLogger(OrdersWindows.class);

    public static final String SPAPI_ORDERS = "spapi-orders";

    private final String stream;
    private final String sellerProperty;
    private final WindowPlanner planner;
    private final CheckpointStore checkpoints;
    private final BundleMetrics metrics;
    private Function<PolledSeller, Optional<Instant>> firstStart = seller -> Optional.empty();

    /** @param sellerProperty the exchange property holding the stream's {@link PolledSeller} */
    public OrdersWindows(String stream, String sellerProperty, WindowPlanner planner, CheckpointStore checkpoints,
                         BundleMetrics metrics) {
        this.metrics = metrics;
        this.stream = stream;
        this.sellerProperty = sellerProperty;
        this.planner = planner;
        this.checkpoints = checkpoints;
    }

    /** The stream's checkpoint key for a seller: one position per seller and set of marketplaces. */
    public static String checkpointKey(String stream, PolledSeller seller) {
        return stream + ":" + seller.sellerId() + ":" + String.join(",", seller.marketplaceIds().stream().sorted().toList());
    }

    /**
     * Where a seller without a checkpoint starts instead of {@code start} ago: a report backfill's hand-over point,
     * taken as if committed.
     */
    public void firstStart(Function<PolledSeller, Optional<Instant>> provider) {
        this.firstStart = provider;
    }

    public OrdersWindow plan(Exchange exchange) {
        PolledSeller seller = exchange.getProperty(sellerProperty, PolledSeller.class);
        LogContext.window(seller);
        String key = checkpointKey(stream, seller);
        Optional<Instant> committed = checkpoints.load(key);
        OrdersWindow window = planner.plan(key, committed.isPresent() ? committed : firstStart.apply(seller));
        exchange.setProperty(OrderExchange.SELLER_ID, seller.sellerId());
        exchange.setProperty(OrderExchange.WINDOW, window);
        exchange.setProperty(OrderExchange.NEXT_TOKEN, null);
        exchange.setProperty(OrderExchange.MORE_PAGES, !window.isEmpty());
        return window;
    }

    public void commit(Exchange exchange) {
        OrdersWindow window = exchange.getProperty(OrderExchange.WINDOW, OrdersWindow.class);
        LogContext.window(exchange.getProperty(sellerProperty, PolledSeller.class));
        checkpoints.commit(window.checkpointKey(), window.before());
        metrics.checkpointCommitted(stream, exchange.getProperty(OrderExchange.SELLER_ID, String.class), window.before());
        LOG.info("Committed {} up to {}", window.checkpointKey(), window.before());
    }
}
