package io.sellerbridge.observe;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.sellerbridge.amazon.SellerRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.StartupListener;
import org.apache.camel.health.HealthCheckHelper;

/**
 * The bundle's state as gauges, for alerts that need no log: {@code sellerbridge_ready} (1 while readiness is UP, as
 * /observe/health/ready answers) and {@code sellerbridge_seller_token_failing{seller}} (1 while that seller has no
 * Login-with-Amazon token), {@code sellerbridge_seller_files_invalid} (seller files left out for a bad key).
 * Registered once Camel has bound its Prometheus registry, when the context has started.
 */
public final class StatusGauges implements StartupListener {

    private final BundleMetrics metrics;
    private final SellerRegistry<?> sellers;
    private final java.util.function.IntSupplier invalidSellerFiles;

    private StatusGauges(BundleMetrics metrics, SellerRegistry<?> sellers, java.util.function.IntSupplier invalidSellerFiles) {
        this.metrics = metrics;
        this.sellers = sellers;
        this.invalidSellerFiles = invalidSellerFiles;
    }

    public static void register(CamelContext context, BundleMetrics metrics, SellerRegistry<?> sellers,
                                java.util.function.IntSupplier invalidSellerFiles) throws Exception {
        context.addStartupListener(new StatusGauges(metrics, sellers, invalidSellerFiles));
    }

    @Override
    public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {
        // the registry is bound once the context is fully started
    }

    @Override
    public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted) {
        MeterRegistry registry = metrics.registry();
        Gauge.builder("sellerbridge_ready", context, c -> HealthCheckHelper.isResultsUp(
                        HealthCheckHelper.invokeReadiness(c), true) ? 1 : 0)
                .description("1 while the replica is ready (/observe/health/ready UP)").register(registry);
        Gauge.builder("sellerbridge_seller_files_invalid", invalidSellerFiles, f -> f.getAsInt())
                .description("Seller files of spapi.sellers.directory left out for a bad name or key (readiness names"
                        + " them)").register(registry);
        // sellers of a directory come and go while the bundle runs: each gets its gauge as it comes, loses it as it goes
        sellers.onChange(seller -> tokenGauge(registry, seller), seller -> registry.remove(tokenGauge(registry, seller)));
        sellers.all().forEach(seller -> tokenGauge(registry, seller));
    }

    private Gauge tokenGauge(MeterRegistry registry, io.sellerbridge.amazon.PolledSeller seller) {
        String alias = seller.alias();
        return Gauge.builder("sellerbridge_seller_token_failing", sellers, s -> s.tokenProblems().containsKey(alias) ? 1 : 0)
                .description("1 while the seller's Login-with-Amazon token cannot be obtained (readiness names why)")
                // the alias too: one seller id may be two sellers of the bundle, one per selling region
                .tag("seller", seller.sellerId()).tag("alias", alias).register(registry);
    }
}
