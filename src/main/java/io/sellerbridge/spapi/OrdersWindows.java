package io.sellerbridge.spapi;

import io.sellerbridge.checkpoint.CheckpointStore;
import io.sellerbridge.checkpoint.OrdersWindow;
import io.sellerbridge.checkpoint.WindowPlanner;
import io.sellerbridge.config.SellerConfig;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Plans each seller's getOrders window from its checkpoint, and commits the window once it was all published. */
public class OrdersWindows {

    private static final Logger LOG = LoggerFactory.getLogger(OrdersWindows.class);

    private final String stream;
    private final WindowPlanner planner;
    private final CheckpointStore checkpoints;

    public OrdersWindows(String stream, WindowPlanner planner, CheckpointStore checkpoints) {
        this.stream = stream;
        this.planner = planner;
        this.checkpoints = checkpoints;
    }

    public OrdersWindow plan(Exchange exchange) {
        SellerConfig seller = SpApiExchange.seller(exchange);
        String key = stream + ":" + seller.sellerId() + ":" + String.join(",", seller.marketplaceIds().stream().sorted().toList());
        OrdersWindow window = planner.plan(key, checkpoints.load(key));
        exchange.setProperty(SpApiExchange.SELLER_ID, seller.sellerId());
        exchange.setProperty(SpApiExchange.WINDOW, window);
        exchange.setProperty(SpApiExchange.NEXT_TOKEN, null);
        exchange.setProperty(SpApiExchange.MORE_PAGES, !window.isEmpty());
        return window;
    }

    public void commit(Exchange exchange) {
        OrdersWindow window = exchange.getProperty(SpApiExchange.WINDOW, OrdersWindow.class);
        checkpoints.commit(window.checkpointKey(), window.before());
        LOG.info("Committed {} up to {}", window.checkpointKey(), window.before());
    }
}
