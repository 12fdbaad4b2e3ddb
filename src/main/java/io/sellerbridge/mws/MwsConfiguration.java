package io.sellerbridge.mws;

import io.sellerbridge.amazon.SellerRegistry;
import io.sellerbridge.checkpoint.Checkpoints;
import io.sellerbridge.checkpoint.PublishedVersions;
import io.sellerbridge.checkpoint.SellerWindows;
import io.sellerbridge.cluster.SellerShares;
import io.sellerbridge.config.Beans;
import io.sellerbridge.config.Settings;
import io.sellerbridge.pii.BuyerData;
import io.sellerbridge.ratelimit.OperationQuota;
import io.sellerbridge.ratelimit.RateLimits;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;

import java.util.List;

/**
 * The MWS orders stream ({@code mws.*}, routes/mws-orders.camel.yaml): ListOrders windows per seller, ListOrderItems
 * per new order version, the same canonical orders as SP-API. Off by default; its sellers are read only when on.
 */
public class MwsConfiguration implements CamelConfiguration {

    /** The stream's name in checkpoint keys and metrics. */
    public static final String STREAM = "mws-orders";

    @Override
    public void configure(CamelContext context) {
        Settings settings = Settings.of(context);
        Registry registry = context.getRegistry();
        boolean enabled = settings.bool("mws.orders.enabled");
        if (enabled) {
            settings.cron("mws.orders.schedule");
        }
        SellerRegistry<MwsSeller> sellers = enabled ? SellerRegistry.load(settings, "mws", MwsSeller::read)
                : new SellerRegistry<>(List.of());
        sellers.polledHere(Beans.lookup(context, "sellerShares", SellerShares.class)::polls);
        registry.bind("mwsSellers", sellers);
        Beans.lookup(context, "rateLimits", RateLimits.class)
                .add(OperationQuota.read(settings, "ListOrders", "mws.orders.list-orders"))
                .add(OperationQuota.read(settings, "ListOrderItems", "mws.orders.list-order-items"));
        registry.bind("mwsOrdersWindows", SellerWindows.read(STREAM, "mws.orders", settings, Beans.clock(context),
                Beans.lookup(context, "checkpoints", Checkpoints.class)));
        registry.bind("mwsSigner", new MwsRequestSigner(MwsEndpoints.read(settings), Beans.clock(context)));
        registry.bind("mwsResponse", new MwsResponseReader());
        registry.bind("mwsRequests", new MwsRequests(settings.intBetween("mws.orders.max-results-per-page", 1, 100,
                "Amazon allows 1 to 100")));
        registry.bind("mwsPages", new MwsPages());
        MwsOrders mwsOrders = new MwsOrders(Beans.lookup(context, "buyerData", BuyerData.class));
        registry.bind("mwsOrders", mwsOrders);
        registry.bind("newMwsOrderVersion", Beans.lookup(context, "publishedVersions", PublishedVersions.class)
                .newVersionOf(mwsOrders::versionId));
        // orders of a page in flight at once, as for SP-API (spapi.orders.parallel-orders)
        registry.bind("mwsOrdersPool", context.getExecutorServiceManager().newFixedThreadPool(this, "mws-orders",
                settings.positiveInt("spapi.orders.parallel-orders")));
    }
}
