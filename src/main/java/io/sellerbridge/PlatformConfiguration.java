package io.sellerbridge;

import io.sellerbridge.amazon.SellerRegistry;
import io.sellerbridge.cluster.SellerShares;
import io.sellerbridge.config.Beans;
import io.sellerbridge.config.Leadership;
import io.sellerbridge.config.Settings;
import io.sellerbridge.config.StopSignal;
import io.sellerbridge.kafka.CanonicalRecord;
import io.sellerbridge.kafka.DeadLetterRecord;
import io.sellerbridge.kafka.RecordType;
import io.sellerbridge.observe.BundleMetrics;
import io.sellerbridge.observe.ExchangeLogContext;
import io.sellerbridge.observe.RouteMetrics;
import io.sellerbridge.ratelimit.RateLimits;
import io.sellerbridge.ratelimit.UsagePlanThrottle;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.Processor;
import org.apache.camel.spi.Registry;
import org.apache.camel.spi.UnitOfWorkFactory;

import org.apache.camel.util.concurrent.SizedScheduledExecutorService;

import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What every stream shares: the clock, metrics, which replica polls ({@code cluster.*}), the throttles' usage plans
 * (each stream adds its operations) and the processors that turn canonical messages into Kafka records.
 */
public class PlatformConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) throws Exception {
        Settings settings = Settings.of(context);
        Registry registry = context.getRegistry();
        Clock clock = Beans.clock(context);
        // seller, marketplaces and order in the logging MDC of every step (camel.main.use-mdc-logging stays off)
        context.getCamelContextExtension().addContextPlugin(UnitOfWorkFactory.class, new ExchangeLogContext.Factory());

        Leadership.Roles roles = Leadership.roles(context, settings, shares -> partitions -> sellersOf(context, shares, partitions));
        registry.bind("leaderOnly", roles.leaderOnly());
        registry.bind("sellerPolling", roles.sellerPolling());
        registry.bind("sellerShares", roles.shares());
        registry.bind("replicaRoles", roles);
        java.util.function.BooleanSupplier polling = Leadership.leads(roles.sellerPolling());
        BundleMetrics metrics = new BundleMetrics(context, clock,
                sellerId -> polling.getAsBoolean() && roles.shares().polls(sellerId));
        registry.bind("bundleMetrics", metrics);
        RouteMetrics routeMetrics = new RouteMetrics(metrics);
        registry.bind("routeMetrics", routeMetrics);
        registry.bind("amazonCallFailed", (Processor) routeMetrics::failed);
        registry.bind("amazonCallRetried", (Processor) routeMetrics::retried);
        registry.bind("stopSignal", new StopSignal(roles.shares()));

        ScheduledExecutorService callPool = amazonCallPool(context, settings.positiveInt("amazon.call-threads"));
        registry.bind("amazonCallPool", callPool);
        RateLimits rateLimits = new RateLimits();
        registry.bind("rateLimits", rateLimits);
        registry.bind("usagePlanThrottle", new UsagePlanThrottle(rateLimits, callPool, metrics)
                .wakeWaitingCallsOnStop(context));

        registry.bind("orderRecord", new CanonicalRecord(RecordType.ORDER));
        registry.bind("productRecord", new CanonicalRecord(RecordType.PRODUCT));
        registry.bind("inventoryRecord", new CanonicalRecord(RecordType.INVENTORY));
        registry.bind("orderPiiRecord", new CanonicalRecord(RecordType.ORDER_PII));
        registry.bind("deadLetterRecord", new DeadLetterRecord(clock));
    }

    /**
     * Runs Amazon calls once their seller's bucket lets them through; calls that wait hold none of its threads. A
     * stop wakes the waiting calls first ({@link UsagePlanThrottle}); delays still pending after that are dropped, or
     * the stop would wait for the pool to drain.
     */
    private ScheduledExecutorService amazonCallPool(CamelContext context, int threads) {
        ScheduledExecutorService pool = context.getExecutorServiceManager().newScheduledThreadPool(this, "amazon-calls",
                threads);
        if (pool instanceof SizedScheduledExecutorService sized) {
            sized.getScheduledThreadPoolExecutor().setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
            sized.getScheduledThreadPoolExecutor().setRemoveOnCancelPolicy(true);
        }
        return pool;
    }

    /** The aliases of the sellers (SP-API and MWS) hashed onto some partitions, for the log of a rebalance. */
    private static String sellersOf(CamelContext context, SellerShares shares, Collection<Integer> partitions) {
        List<String> aliases = new ArrayList<>();
        for (String name : List.of("sellers", "mwsSellers")) {
            SellerRegistry<?> registry = context.getRegistry().lookupByNameAndType(name, SellerRegistry.class);
            if (registry != null) {
                registry.all().stream().filter(s -> partitions.contains(shares.partitionOf(s.sellerId())))
                        .forEach(s -> aliases.add(s.alias()));
            }
        }
        return aliases.size() + " sellers " + aliases.stream().sorted().toList();
    }
}
