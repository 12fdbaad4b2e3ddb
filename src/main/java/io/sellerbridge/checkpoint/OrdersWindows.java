package io.sellerbridge.checkpoint;

import io.sellerbridge.config.PolledSeller;
import io.sellerbridge.orders.OrderExchange;
import io.sellerbridge.observe.BundleMetrics;
import io.sellerbridge.observe.LogContext;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans each seller's orders window from its checkpoint, and commits the window once it was all published. One per
 * stream (SP-API getOrders, MWS ListOrders): each has its own checkpoints.
 */
public class OrdersWindows {

    private static final Logger LOG = LoggerFactory.getLogger(OrdersWindows.class);

    private final String stream;
    private final String sellerProperty;
    private final WindowPlanner planner;
    private final CheckpointStore checkpoints;
    private final BundleMetrics metrics;

    /** @param sellerProperty the exchange property holding the stream's {@link PolledSeller} */
    public OrdersWindows(String stream, String sellerProperty, WindowPlanner planner, CheckpointStore checkpoints,
                         BundleMetrics metrics) {
        this.metrics = metrics;
        this.stream = stream;
        this.sellerProperty = sellerProperty;
        this.planner = planner;
        this.checkpoints = checkpoints;
    }

    public OrdersWindow plan(Exchange exchange) {
        PolledSeller seller = exchange.getProperty(sellerProperty, PolledSeller.class);
        LogContext.window(seller);
        String key = stream + ":" + seller.sellerId() + ":" + String.join(",", seller.marketplaceIds().stream().sorted().toList());
        OrdersWindow window = planner.plan(key, checkpoints.load(key));
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
