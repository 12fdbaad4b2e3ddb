package io.sellerbridge.observe;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * The bundle's own Prometheus metrics, per seller and Amazon operation, in the registry Camel serves on
 * {@code /observe/metrics}: calls by status, retries, throttle wait, records published per topic, dead letters,
 * and checkpoint lag (now - committed window end).
 */
public class BundleMetrics {

    private final CamelContext context;
    private final Clock clock;
    private final Predicate<String> pollsSeller;
    private final AtomicReference<MeterRegistry> registry = new AtomicReference<>();
    private final Map<String, AtomicReference<Instant>> checkpoints = new ConcurrentHashMap<>();
    private final Map<String, long[]> reportRows = new ConcurrentHashMap<>();
    private final Map<String, AtomicReference<Double>> backfills = new ConcurrentHashMap<>();

    public BundleMetrics(CamelContext context, Clock clock) {
        this(context, clock, sellerId -> true);
    }

    /**
     * @param pollsSeller whether this replica polls that seller (by id) now: positions and progress are the poller's
     *                    to report (a replica that handed the seller over would show its last values, older by the
     *                    minute, and raise false alarms)
     */
    public BundleMetrics(CamelContext context, Clock clock, Predicate<String> pollsSeller) {
        this.context = context;
        this.clock = clock;
        this.pollsSeller = pollsSeller;
    }

    /** Whether this replica polls that seller now (the leader, or with cluster.mode = kafka the seller's holder). */
    public boolean pollsSeller(String sellerId) {
        return pollsSeller.test(sellerId);
    }

    /** Camel binds its Prometheus registry while starting, after the beans; look it up on first use. */
    MeterRegistry registry() {
        MeterRegistry r = registry.get();
        if (r == null) {
            r = context.getRegistry().findSingleByType(MeterRegistry.class);
            registry.compareAndSet(null, r == null ? new SimpleMeterRegistry() : r);
            r = registry.get();
        }
        return r;
    }

    public void call(String sellerId, String operation, int status) {
        Counter.builder("sellerbridge_amazon_calls").description("Calls to Amazon by seller, operation and HTTP status")
                .tag("seller", nz(sellerId)).tag("operation", nz(operation)).tag("status", String.valueOf(status))
                .register(registry()).increment();
        if (status == 429 || status == 503) {
            Counter.builder("sellerbridge_amazon_throttled").description("Calls Amazon answered 429 QuotaExceeded or 503 RequestThrottled")
                    .tag("seller", nz(sellerId)).tag("operation", nz(operation)).register(registry()).increment();
        }
    }

    public void retry(String sellerId, String operation) {
        Counter.builder("sellerbridge_amazon_retries").description("Redeliveries of Amazon calls")
                .tag("seller", nz(sellerId)).tag("operation", nz(operation)).register(registry()).increment();
    }

    public void throttleWait(String sellerId, String operation, Duration waited) {
        Timer.builder("sellerbridge_throttle_wait").description("Time calls waited in the throttle for Amazon's rate")
                .tag("seller", nz(sellerId)).tag("operation", nz(operation)).register(registry()).record(waited);
    }

    public void published(String topic, String sellerId) {
        published(topic, sellerId, 1);
    }

    public void published(String topic, String sellerId, int records) {
        Counter.builder("sellerbridge_records_published").description("Records Kafka acknowledged, per topic")
                .tag("topic", nz(topic)).tag("seller", nz(sellerId)).register(registry()).increment(records);
    }

    public void deadLetter(String sellerId, String source) {
        Counter.builder("sellerbridge_dead_letters").description("Records sent to the dead-letter topic")
                .tag("seller", nz(sellerId)).tag("source", nz(source)).register(registry()).increment();
    }

    /**
     * An order read from a report with a word that has no sourced Orders API name (its API field absent). The words
     * are Amazon's, few and stable; one longer than 64 characters is cut so a garbled file cannot flood the registry.
     */
    public void unmappedReportWord(String stream, String field, String word) {
        Counter.builder("sellerbridge_report_unmapped_words").description("Orders read from a report with a word the Orders API has no sourced name for")
                .tag("stream", nz(stream)).tag("field", nz(field))
                .tag("word", word.length() > 64 ? word.substring(0, 64) : word).register(registry()).increment();
    }

    /** Buyer-data records on their topic not yet deleted (issue 11); a count, never their content. */
    public void piiRecordsLive(java.util.function.IntSupplier live) {
        Gauge.builder("sellerbridge_pii_records_live", live::getAsInt)
                .description("Buyer-data records on the buyer-data topic not yet deleted").register(registry());
    }

    public void piiRecordsDeleted(int records) {
        Counter.builder("sellerbridge_pii_records_deleted").description("Buyer-data records deleted after their retention")
                .register(registry()).increment(records);
    }

    /** From an ORDER_CHANGE notification's EventTime to its order's record acknowledged by Kafka. */
    public void orderChangeLatency(String sellerId, Duration latency) {
        Timer.builder("sellerbridge_order_change_latency").description("From Amazon's ORDER_CHANGE notification to the order's record acknowledged by Kafka")
                .tag("seller", nz(sellerId)).publishPercentiles(0.5, 0.99).publishPercentileHistogram()
                .register(registry()).record(latency.isNegative() ? Duration.ZERO : latency);
    }

    /** An order version the backstop poll published although notifications are on: none announced it (yet). */
    public void foundByBackstop(String sellerId) {
        Counter.builder("sellerbridge_orders_found_by_backstop").description("Order versions the backstop poll published that no notification had brought")
                .tag("seller", nz(sellerId)).register(registry()).increment();
    }

    public void notificationIgnored(String sellerId, String reason) {
        Counter.builder("sellerbridge_notifications_ignored").description("ORDER_CHANGE notifications with nothing to publish")
                .tag("seller", nz(sellerId)).tag("reason", reason).register(registry()).increment();
    }

    public void catalogNotListed(String sellerId, String marketplaceId) {
        Counter.builder("sellerbridge_catalog_not_listed").description("getCatalogItem 404s: the ASIN is not in the marketplace")
                .tag("seller", nz(sellerId)).tag("marketplace", nz(marketplaceId)).register(registry()).increment();
    }

    /** Rows read of the report being streamed, and its total, per report stream and seller. */
    public void reportProgress(String stream, String sellerId, long done, long total) {
        String key = stream + "/" + sellerId;
        reportRows.computeIfAbsent(key, k -> {
            long[] state = new long[2];
            Gauge.builder("sellerbridge_report_rows_done", state, s -> s[0]).description("Rows read of the current report")
                    .tag("stream", stream).tag("seller", nz(sellerId)).register(registry());
            // not ..._total: Prometheus keeps that suffix for counters and would export the gauge without it
            Gauge.builder("sellerbridge_report_rows_expected", state, s -> s[1]).description("Rows of the current report")
                    .tag("stream", stream).tag("seller", nz(sellerId)).register(registry());
            return state;
        });
        long[] state = reportRows.get(key);
        state[0] = done;
        state[1] = total;
    }

    /** Share (0..1) of a backfill's time span already published. */
    public void backfillProgress(String stream, String sellerId, double share) {
        backfills.computeIfAbsent(stream + "/" + sellerId, k -> {
            AtomicReference<Double> ref = new AtomicReference<>(share);
            Gauge.builder("sellerbridge_backfill_progress", ref, r -> pollsSeller.test(sellerId) ? r.get() : Double.NaN)
                    .description("Share of the report backfill's time span published (1 = complete)")
                    .tag("stream", stream).tag("seller", nz(sellerId)).register(registry());
            return ref;
        }).set(share);
    }

    /**
     * A stream's committed position for a seller and its marketplaces ({@code all}: the seller's whole region), as
     * loaded when a window is planned or as committed: from the first run after a start on, a stream that keeps
     * failing shows a growing lag.
     */
    public void checkpoint(String stream, String sellerId, String marketplaces, Instant position) {
        checkpoints.computeIfAbsent(stream + "/" + sellerId + "/" + marketplaces, k -> {
            AtomicReference<Instant> ref = new AtomicReference<>(position);
            Gauge.builder("sellerbridge_checkpoint_lag_seconds", ref, r -> pollsSeller.test(sellerId)
                            ? Duration.between(r.get(), clock.instant()).toMillis() / 1000.0 : Double.NaN)
                    .description("Now minus the committed window end (NaN on a replica that does not poll the seller)")
                    .tag("stream", stream).tag("seller", nz(sellerId)).tag("marketplaces", marketplaces)
                    .register(registry());
            return ref;
        }).set(position);
    }

    private static String nz(String s) {
        return s == null ? "unknown" : s;
    }
}
