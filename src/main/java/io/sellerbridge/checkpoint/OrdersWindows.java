package io.sellerbridge.checkpoint;

import io.sellerbridge.config.PolledSeller;
import io.sellerbridge.orders.OrderExchange;
import io.sellerbridge.observe.BundleMetrics;
import io.sellerbridge.observe.LogContext;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.function.Predicate;

/**
 * Plans each seller's orders window from its checkpoint, and commits the window once it was all published. One per
 * stream (SP-API getOrders, MWS ListOrders): each has its own checkpoints.
 */
public class OrdersWindows {

    private static final Logger LOG = LoggerFactory.getLogger(OrdersWindows.class);

    public static final String SPAPI_ORDERS = "spapi-orders";
    /** Set on a run that waits for a report backfill of the seller: it reads nothing and commits nothing. */
    public static final String WAITING = "ordersWindowWaiting";

    private final String stream;
    private final String sellerProperty;
    private final WindowPlanner planner;
    private final CheckpointStore checkpoints;
    private final BundleMetrics metrics;
    private Predicate<PolledSeller> waitFor = seller -> false;

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

    /** Sellers for whom the stream must not read yet (a report backfill still running). */
    public void waitFor(Predicate<PolledSeller> condition) {
        this.waitFor = condition;
    }

    public OrdersWindow plan(Exchange exchange) {
        PolledSeller seller = exchange.getProperty(sellerProperty, PolledSeller.class);
        LogContext.window(seller);
        String key = checkpointKey(stream, seller);
        boolean waiting = waitFor.test(seller);
        OrdersWindow window = waiting ? null : planner.plan(key, checkpoints.load(key));
        if (waiting) {
            Instant now = Instant.now();
            window = new OrdersWindow(key, now, now);
            LOG.info("Orders of {} wait until the report backfill has handed over", seller.sellerId());
        }
        exchange.setProperty(WAITING, waiting);
        exchange.setProperty(OrderExchange.SELLER_ID, seller.sellerId());
        exchange.setProperty(OrderExchange.WINDOW, window);
        exchange.setProperty(OrderExchange.NEXT_TOKEN, null);
        exchange.setProperty(OrderExchange.MORE_PAGES, !window.isEmpty());
        return window;
    }

    public void commit(Exchange exchange) {
        if (exchange.getProperty(WAITING, false, Boolean.class)) {
            return;
        }
        OrdersWindow window = exchange.getProperty(OrderExchange.WINDOW, OrdersWindow.class);
        LogContext.window(exchange.getProperty(sellerProperty, PolledSeller.class));
        checkpoints.commit(window.checkpointKey(), window.before());
        metrics.checkpointCommitted(stream, exchange.getProperty(OrderExchange.SELLER_ID, String.class), window.before());
        LOG.info("Committed {} up to {}", window.checkpointKey(), window.before());
    }
}
