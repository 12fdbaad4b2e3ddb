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
 * Login-with-Amazon token), {@code sellerbridge_seller_polled{seller,alias,replica}} (1 on the replica that polls the
 * seller now), {@code sellerbridge_seller_files_invalid} (seller files left out for a bad key).
 * Registered once Camel has bound its Prometheus registry, when the context has started.
 */
public final class StatusGauges implements StartupListener {

    private final BundleMetrics metrics;
    private final SellerRegistry<?> sellers;
    private final java.util.function.IntSupplier invalidSellerFiles;
    private final String replicaId;

    private StatusGauges(BundleMetrics metrics, SellerRegistry<?> sellers, java.util.function.IntSupplier invalidSellerFiles,
                         String replicaId) {
        this.metrics = metrics;
        this.sellers = sellers;
        this.invalidSellerFiles = invalidSellerFiles;
        this.replicaId = replicaId;
    }

    public static void register(CamelContext context, BundleMetrics metrics, SellerRegistry<?> sellers,
                                java.util.function.IntSupplier invalidSellerFiles, String replicaId) throws Exception {
        context.addStartupListener(new StatusGauges(metrics, sellers, invalidSellerFiles, replicaId));
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
        sellers.onChange(seller -> sellerGauges(registry, seller), seller -> sellerGauges(registry, seller).forEach(registry::remove));
        sellers.all().forEach(seller -> sellerGauges(registry, seller));
    }

    private java.util.List<Gauge> sellerGauges(MeterRegistry registry, io.sellerbridge.amazon.PolledSeller seller) {
        return java.util.List.of(tokenGauge(registry, seller), polledGauge(registry, seller));
    }

    private Gauge polledGauge(MeterRegistry registry, io.sellerbridge.amazon.PolledSeller seller) {
        String sellerId = seller.sellerId();
        return Gauge.builder("sellerbridge_seller_polled", metrics, m -> m.pollsSeller(sellerId) ? 1 : 0)
                .description("1 on the replica that polls the seller now (cluster.mode), 0 on the others")
                .tag("seller", sellerId).tag("alias", seller.alias()).tag("replica", replicaId).register(registry);
    }

    private Gauge tokenGauge(MeterRegistry registry, io.sellerbridge.amazon.PolledSeller seller) {
        String alias = seller.alias();
        return Gauge.builder("sellerbridge_seller_token_failing", sellers, s -> s.tokenProblems().containsKey(alias) ? 1 : 0)
                .description("1 while the seller's Login-with-Amazon token cannot be obtained (readiness names why)")
                // the alias too: one seller id may be two sellers of the bundle, one per selling region
                .tag("seller", seller.sellerId()).tag("alias", alias).register(registry);
    }
}
