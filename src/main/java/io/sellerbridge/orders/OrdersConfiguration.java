package io.sellerbridge.orders;

import io.sellerbridge.checkpoint.Checkpoints;
import io.sellerbridge.checkpoint.PublishedVersions;
import io.sellerbridge.checkpoint.SellerWindows;
import io.sellerbridge.config.Beans;
import io.sellerbridge.config.Settings;
import io.sellerbridge.pii.BuyerData;
import io.sellerbridge.ratelimit.OperationQuota;
import io.sellerbridge.ratelimit.RateLimits;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;

/**
 * The SP-API orders stream ({@code spapi.orders.*}, routes/spapi-orders.camel.yaml): getOrders windows per seller,
 * getOrderItems per new order version, canonical orders.
 */
public class OrdersConfiguration implements CamelConfiguration {

    /** The stream's name in checkpoint keys and metrics. */
    public static final String STREAM = "spapi-orders";

    @Override
    public void configure(CamelContext context) {
        Settings settings = Settings.of(context);
        Registry registry = context.getRegistry();
        settings.bool("spapi.orders.enabled");
        settings.cron("spapi.orders.schedule");
        Beans.lookup(context, "rateLimits", RateLimits.class)
                .add(OperationQuota.read(settings, "getOrders", "spapi.orders.get-orders"))
                .add(OperationQuota.read(settings, "getOrderItems", "spapi.orders.get-order-items"));

        registry.bind("ordersWindows", SellerWindows.read(STREAM, "spapi.orders", settings, Beans.clock(context),
                Beans.lookup(context, "checkpoints", Checkpoints.class)));
        registry.bind("ordersRequests", new OrdersRequests(settings.intBetween("spapi.orders.max-results-per-page",
                1, 100, "Amazon allows 1 to 100")));
        registry.bind("ordersPages", new OrdersPages(settings.positiveInt("spapi.orders.parallel-orders")));
        SpApiOrders spapiOrders = new SpApiOrders(Beans.lookup(context, "buyerData", BuyerData.class));
        registry.bind("spapiOrders", spapiOrders);
        registry.bind("newSpApiOrderVersion", Beans.lookup(context, "publishedVersions", PublishedVersions.class)
                .newVersionOf(spapiOrders::versionId));
        registry.bind("spapiOrdersPool", context.getExecutorServiceManager().newFixedThreadPool(this, "spapi-orders",
                settings.positiveInt("spapi.orders.parallel-orders")));
    }
}
