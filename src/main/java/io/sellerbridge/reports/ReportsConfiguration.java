package io.sellerbridge.reports;

import io.sellerbridge.checkpoint.Checkpoints;
import io.sellerbridge.checkpoint.PublishedVersions;
import io.sellerbridge.checkpoint.SellerWindows;
import io.sellerbridge.config.Beans;
import io.sellerbridge.config.StopSignal;
import io.sellerbridge.config.Settings;
import io.sellerbridge.kafka.CanonicalRecord;
import io.sellerbridge.kafka.RecordType;
import io.sellerbridge.observe.BundleMetrics;
import io.sellerbridge.ratelimit.OperationQuota;
import io.sellerbridge.ratelimit.RateLimits;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.ThreadPoolProfileBuilder;
import org.apache.camel.spi.Registry;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The report streams ({@code spapi.reports.*}, routes/spapi-reports.camel.yaml, one route per stream from the
 * template): createReport, getReport until done, getReportDocument, the download, and the rows to canonical messages;
 * an order report backfill hands over to getOrders.
 */
public class ReportsConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) {
        Settings settings = Settings.of(context);
        Registry registry = context.getRegistry();
        Clock clock = Beans.clock(context);
        BundleMetrics metrics = Beans.lookup(context, "bundleMetrics", BundleMetrics.class);
        Map<String, ReportStream> streams = ReportStreams.load(settings, Settings.names(context));
        Beans.lookup(context, "rateLimits", RateLimits.class)
                .add(OperationQuota.read(settings, "createReport", "spapi.reports.create-report"))
                .add(OperationQuota.read(settings, "getReport", "spapi.reports.get-report"))
                .add(OperationQuota.read(settings, "getReportDocument", "spapi.reports.get-report-document"));

        registry.bind("reportRequests", new ReportRequests());
        Duration firstPoll = settings.duration("spapi.reports.poll-first-delay", Duration.ofMillis(1), null, "must be above zero");
        Duration maxPoll = settings.duration("spapi.reports.poll-max-delay", firstPoll, null,
                "must not be shorter than spapi.reports.poll-first-delay");
        registry.bind("reportJobs", new ReportJobs(clock, firstPoll, maxPoll, settings.duration("spapi.reports.timeout")));
        registry.bind("reportDownloader", new ReportDownloader(settings.duration("spapi.reports.download-timeout"),
                settings.charset("spapi.reports.charset"),
                Path.of(settings.optional("spapi.reports.directory").orElse(System.getProperty("java.io.tmpdir")))));
        registry.bind("reportDocuments", new ReportDocuments(clock, metrics, streams,
                settings.positiveInt("spapi.reports.batch-size"), Beans.lookup(context, "stopSignal", StopSignal.class)));
        registry.bind("reportRows", new ReportRows());
        registry.bind("reportBatches", new ReportBatches(Beans.lookup(context, "publishedVersions", PublishedVersions.class),
                Map.of(RecordType.ORDER, Beans.lookup(context, "orderRecord", CanonicalRecord.class),
                        RecordType.INVENTORY, Beans.lookup(context, "inventoryRecord", CanonicalRecord.class)),
                Map.of(RecordType.ORDER, settings.required(RecordType.ORDER.topicKey()),
                        RecordType.INVENTORY, settings.required(RecordType.INVENTORY.topicKey())),
                metrics));
        // The parallel split reads the document on one thread of this pool, so the pool has one thread more than the
        // batches it sends (with only as many, the reader would hold the last thread while waiting for a queued batch
        // that no thread is left to send). As many batches queued as being sent, and the reader sending the overflow
        // itself: the split cannot read further ahead than (2 x parallel-batches + 2) batches, whatever the size of
        // the report or the pace of the broker, so a report of millions of rows never piles up in memory.
        int parallel = settings.positiveInt("spapi.reports.parallel-batches");
        registry.bind("spapiReportsPool", context.getExecutorServiceManager().newThreadPool(this, "spapi-reports",
                new ThreadPoolProfileBuilder("spapi-reports").poolSize(parallel + 1).maxPoolSize(parallel + 1)
                        .maxQueueSize(parallel).rejectedPolicy(ThreadPoolRejectedPolicy.CallerRuns).build()));

        Checkpoints checkpoints = Beans.lookup(context, "checkpoints", Checkpoints.class);
        SellerWindows getOrders = Beans.lookup(context, "ordersWindows", SellerWindows.class);
        ReportWindows windows = new ReportWindows(clock, checkpoints, metrics, settings.duration("spapi.orders.end-lag"),
                getOrders);
        registry.bind("reportRuns", new ReportRuns(streams, windows));
        // getOrders of a new installation starts where the report backfill ends, not spapi.orders.start ago
        streams.values().stream().filter(s -> s.enabled() && s.backfillFrom().isPresent()).findFirst()
                .ifPresent(backfill -> getOrders.firstStart(seller -> {
                    windows.handOverPoint(backfill, seller);
                    return checkpoints.load(getOrders.checkpointKey(seller));
                }));
    }
}
