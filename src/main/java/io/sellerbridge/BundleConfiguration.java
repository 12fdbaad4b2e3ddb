package io.sellerbridge;

import io.sellerbridge.auth.ExpiredTokenHandler;
import io.sellerbridge.auth.LwaAccessTokenProcessor;
import io.sellerbridge.auth.LwaTokenCache;
import io.sellerbridge.auth.LwaTokenClient;
import io.sellerbridge.checkpoint.KafkaCheckpointStore;
import io.sellerbridge.checkpoint.OrdersWindows;
import io.sellerbridge.checkpoint.PublishedVersions;
import io.sellerbridge.checkpoint.WindowPlanner;
import io.sellerbridge.config.ConfigurationException;
import io.sellerbridge.config.Leadership;
import io.sellerbridge.config.SellerRegistry;
import io.sellerbridge.config.Settings;
import io.sellerbridge.kafka.DeadLetterRecord;
import io.sellerbridge.mws.MwsOrders;
import io.sellerbridge.mws.MwsPages;
import io.sellerbridge.mws.MwsRequestSigner;
import io.sellerbridge.mws.MwsRequests;
import io.sellerbridge.mws.MwsResponseReader;
import io.sellerbridge.mws.MwsSellerRegistry;
import io.sellerbridge.kafka.CanonicalRecord;
import io.sellerbridge.kafka.CloudEvents;
import io.sellerbridge.kafka.TopicProvisioner;
import io.sellerbridge.kafka.TopicProvisioner.TopicSpec;
import io.sellerbridge.ratelimit.OperationQuota;
import io.sellerbridge.ratelimit.RateLimits;
import io.sellerbridge.ratelimit.RateWindowFunction;
import io.sellerbridge.spapi.OrdersPages;
import io.sellerbridge.spapi.OrdersRequests;
import io.sellerbridge.orders.OrderExchange;
import io.sellerbridge.spapi.SpApiOrders;
import io.sellerbridge.spapi.SpApiResponseReader;
import io.sellerbridge.catalog.CatalogAsks;
import io.sellerbridge.catalog.RecentlyFetched;
import io.sellerbridge.inventory.InventoryScans;
import io.sellerbridge.reports.ReportDocuments;
import io.sellerbridge.reports.ReportDownloader;
import io.sellerbridge.reports.ReportJobs;
import io.sellerbridge.reports.ReportRequests;
import io.sellerbridge.reports.ReportRows;
import io.sellerbridge.reports.ReportRuns;
import io.sellerbridge.reports.ReportStream;
import io.sellerbridge.reports.ReportStreams;
import io.sellerbridge.reports.ReportWindows;
import io.sellerbridge.spapi.CatalogRequests;
import io.sellerbridge.spapi.SpApiCatalog;
import io.sellerbridge.spapi.SpApiInventory;
import io.sellerbridge.spapi.InventoryPages;
import io.sellerbridge.spapi.InventoryRequests;
import org.apache.camel.CamelConfiguration;
import io.sellerbridge.observe.BundleMetrics;
import io.sellerbridge.observe.RouteMetrics;
import io.sellerbridge.observe.SellerHealthCheck;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.ThreadPoolProfileBuilder;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;
import org.apache.camel.Processor;
import org.apache.camel.processor.errorhandler.RedeliveryPolicy;
import org.apache.camel.processor.idempotent.kafka.KafkaIdempotentRepository;
import org.apache.camel.spi.Registry;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and validates the configuration at start-up (a bad key stops the bundle with its name), creates the
 * topics it needs and binds the beans the YAML routes use by name. The one place beans are bound.
 */
public class BundleConfiguration implements CamelConfiguration {

    private final Clock clock;

    public BundleConfiguration() {
        this(Clock.systemUTC());
    }

    public BundleConfiguration(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void configure(CamelContext context) throws Exception {
        Settings settings = new Settings(context.getPropertiesComponent()::resolveProperty);
        Registry registry = context.getRegistry();

        SellerRegistry sellers = SellerRegistry.load(settings);
        settings.httpUrl("spapi.endpoint");
        settings.cron("spapi.orders.schedule");
        settings.bool("spapi.orders.enabled", true);

        LwaTokenClient lwa = new LwaTokenClient(settings.httpUrl("spapi.lwa.token-url"), clock,
                settings.duration("spapi.lwa.timeout", Duration.ofSeconds(30)));
        LwaTokenCache tokens = new LwaTokenCache(lwa::fetch, clock, settings.duration("spapi.lwa.refresh-margin", Duration.ofSeconds(60)));
        registry.bind("sellers", sellers);
        registry.bind("leaderOnly", Leadership.policy(context, settings));
        // found by Camel's health-check registry among the beans: readiness names a seller without a token
        registry.bind("sellerHealthCheck", new SellerHealthCheck(sellers));
        BundleMetrics metrics = new BundleMetrics(context, clock);
        RouteMetrics routeMetrics = new RouteMetrics(metrics);
        registry.bind("routeMetrics", routeMetrics);
        registry.bind("amazonCallFailed", (Processor) routeMetrics::failed);
        registry.bind("amazonCallRetried", (Processor) routeMetrics::retried);
        registry.bind("lwaAccessToken", new LwaAccessTokenProcessor(tokens, sellers));
        ExpiredTokenHandler expiredToken = new ExpiredTokenHandler(tokens);
        registry.bind("expiredTokenHandler", (Processor) exchange -> {
            routeMetrics.failed(exchange);
            expiredToken.process(exchange);
        });

        RateLimits rateLimits = new RateLimits(Map.of(
                "getOrders", quota(settings, "getOrders", "spapi.orders.get-orders", 0.0167, 20),
                "getOrderItems", quota(settings, "getOrderItems", "spapi.orders.get-order-items", 0.5, 30),
                "getCatalogItem", quota(settings, "getCatalogItem", "spapi.catalog.get-catalog-item", 2, 2),
                "getInventorySummaries", quota(settings, "getInventorySummaries", "spapi.inventory.get-inventory-summaries", 2, 2),
                "createReport", quota(settings, "createReport", "spapi.reports.create-report", 0.0167, 15),
                "getReport", quota(settings, "getReport", "spapi.reports.get-report", 2, 15),
                "getReportDocument", quota(settings, "getReportDocument", "spapi.reports.get-report-document", 0.0167, 15),
                "ListOrders", quota(settings, "ListOrders", "mws.orders.list-orders", 0.0167, 6),
                "ListOrderItems", quota(settings, "ListOrderItems", "mws.orders.list-order-items", 0.5, 30)));
        registry.bind("rateLimits", rateLimits);
        context.getPropertiesComponent().addPropertiesFunction(new RateWindowFunction(rateLimits));
        registry.bind("spapiRetryPolicy", retryPolicy(settings));
        registry.bind("spapiResponse", new SpApiResponseReader(rateLimits));

        registry.bind("ordersRequests", new OrdersRequests(pageSize(settings, "spapi.orders.max-results-per-page")));
        registry.bind("ordersPages", new OrdersPages());
        int parallelOrders = settings.positiveInt("spapi.orders.parallel-orders", 4);
        registry.bind("spapiOrdersPool", context.getExecutorServiceManager()
                .newFixedThreadPool(this, "spapi-orders", parallelOrders));
        registry.bind("spapiOrders", new SpApiOrders());
        registry.bind("orderRecord", new CanonicalRecord(CloudEvents.ORDER_TYPE));
        registry.bind("productRecord", new CanonicalRecord(CloudEvents.PRODUCT_TYPE));
        registry.bind("inventoryRecord", new CanonicalRecord(CloudEvents.INVENTORY_TYPE));
        registry.bind("deadLetterRecord", new DeadLetterRecord(clock));

        bindCatalog(registry, settings, sellers);
        bindInventory(registry, settings);
        Map<String, ReportStream> reportStreams = bindReports(context, settings, metrics);

        WindowPlanner planner = planner(settings, "spapi.orders");
        WindowPlanner mwsPlanner = bindMws(context, settings);

        // everything above only reads and validates; below, the bundle reaches out to Kafka
        Properties kafka = kafkaClientConfig(settings);
        String checkpointTopic = settings.required("kafka.topics.checkpoints");
        String versionsTopic = settings.required("kafka.topics.published-versions");
        if (settings.bool("kafka.topics.create", true)) {
            int partitions = settings.positiveInt("kafka.topics.partitions", 3);
            new TopicProvisioner(kafka, (short) settings.positiveInt("kafka.topics.replication-factor", 1)).ensure(List.of(
                    new TopicSpec(settings.required("kafka.topics.orders"), partitions, true),
                    new TopicSpec(settings.required("kafka.topics.products"), partitions, true),
                    new TopicSpec(settings.required("kafka.topics.inventory"), partitions, true),
                    new TopicSpec(settings.required("kafka.topics.dlq"), partitions, false),
                    new TopicSpec(checkpointTopic, 1, true),
                    new TopicSpec(versionsTopic, 1, true)));
        }
        KafkaCheckpointStore checkpoints = new KafkaCheckpointStore(checkpointTopic, kafka);
        context.addService(checkpoints, true, true);
        OrdersWindows ordersWindows = new OrdersWindows(OrdersWindows.SPAPI_ORDERS, OrderExchange.SELLER, planner, checkpoints, metrics);
        registry.bind("ordersWindows", ordersWindows);
        registry.bind("inventoryScans", new InventoryScans(clock, checkpoints, metrics,
                settings.duration("spapi.inventory.look-back", Duration.ofMinutes(10)),
                settings.duration("spapi.inventory.full-scan-every", Duration.ofDays(1)),
                settings.positiveInt("spapi.inventory.max-restarts", 3)));
        ReportWindows reportWindows = new ReportWindows(clock, checkpoints, metrics,
                settings.duration("spapi.orders.end-lag", Duration.ofMinutes(2)),
                settings.duration("spapi.orders.look-back", Duration.ofMinutes(10)));
        registry.bind("reportRuns", new ReportRuns(reportStreams, reportWindows));
        // getOrders of a new installation starts where the report backfill ends, not spapi.orders.start ago
        reportStreams.values().stream().filter(s -> s.enabled() && s.backfillFrom().isPresent()).findFirst()
                .ifPresent(backfill -> ordersWindows.firstStart(seller -> {
                    reportWindows.handOverPoint(backfill, seller);
                    return checkpoints.load(OrdersWindows.checkpointKey(OrdersWindows.SPAPI_ORDERS, seller));
                }));
        registry.bind("mwsOrdersWindows", new OrdersWindows("mws-orders", MwsRequestSigner.SELLER, mwsPlanner, checkpoints, metrics));

        KafkaIdempotentRepository versions = new KafkaIdempotentRepository(versionsTopic, kafka, kafka);
        versions.setMaxCacheSize(settings.positiveInt("kafka.published-versions.cache-size", 200_000));
        versions.setGroupId("seller-bridge-published-versions-" + java.util.UUID.randomUUID());
        context.addService(versions, true, true);
        registry.bind("publishedVersions", new PublishedVersions(versions));
    }

    private void bindCatalog(Registry registry, Settings settings, SellerRegistry sellers) {
        if (settings.bool("spapi.catalog.enabled", false)) {
            settings.cron("spapi.catalog.schedule");
        }
        RecentlyFetched recentlyFetched = new RecentlyFetched(clock, settings.duration("spapi.catalog.ttl", Duration.ofDays(1)));
        registry.bind("catalogAsks", new CatalogAsks(sellers, settings.optionalList("spapi.catalog.asins"), recentlyFetched));
        registry.bind("catalogRequests", new CatalogRequests(includedData(settings)));
        registry.bind("spapiCatalog", new SpApiCatalog(clock));
    }

    /** Amazon's includedData values (catalogItems_2022-04-01.json); a typo would make every call a 400. */
    private static List<String> includedData(Settings settings) {
        Set<String> known = Set.of("attributes", "classifications", "dimensions", "identifiers", "images", "productTypes",
                "relationships", "salesRanks", "summaries", "vendorDetails");
        List<String> asked = settings.list("spapi.catalog.included-data");
        for (String value : asked) {
            if (!known.contains(value)) {
                throw new ConfigurationException("spapi.catalog.included-data", "'" + value + "' is not one of " + new TreeSet<>(known));
            }
        }
        if (!asked.contains("summaries")) {
            throw new ConfigurationException("spapi.catalog.included-data", "must include summaries (item name, brand, ...)");
        }
        return asked;
    }

    private void bindInventory(Registry registry, Settings settings) {
        if (settings.bool("spapi.inventory.enabled", false)) {
            settings.cron("spapi.inventory.schedule");
        }
        Duration maxTokenAge = settings.duration("spapi.inventory.next-token-max-age", Duration.ofSeconds(25));
        if (maxTokenAge.isZero() || maxTokenAge.compareTo(Duration.ofSeconds(30)) >= 0) {
            throw new ConfigurationException("spapi.inventory.next-token-max-age",
                    "must be above zero and under PT30S: Amazon's nextToken expires 30 s after it was issued");
        }
        registry.bind("inventoryRequests", new InventoryRequests(clock, maxTokenAge));
        registry.bind("inventoryPages", new InventoryPages(clock));
        registry.bind("spapiInventory", new SpApiInventory());
    }

    private Map<String, ReportStream> bindReports(CamelContext context, Settings settings, BundleMetrics metrics) {
        Registry registry = context.getRegistry();
        Map<String, ReportStream> streams = ReportStreams.load(settings,
                context.getPropertiesComponent().loadProperties().stringPropertyNames());
        registry.bind("reportRequests", new ReportRequests());
        Duration firstPoll = settings.duration("spapi.reports.poll-first-delay", Duration.ofSeconds(30));
        Duration maxPoll = settings.duration("spapi.reports.poll-max-delay", Duration.ofMinutes(5));
        if (firstPoll.isZero()) {
            throw new ConfigurationException("spapi.reports.poll-first-delay", "must be above zero");
        }
        if (maxPoll.compareTo(firstPoll) < 0) {
            throw new ConfigurationException("spapi.reports.poll-max-delay", "must not be shorter than spapi.reports.poll-first-delay");
        }
        registry.bind("reportJobs", new ReportJobs(clock, firstPoll, maxPoll,
                settings.duration("spapi.reports.timeout", Duration.ofHours(2))));
        registry.bind("reportDownloader", new ReportDownloader(
                settings.duration("spapi.reports.download-timeout", Duration.ofMinutes(10)),
                charset(settings, "spapi.reports.charset"),
                Path.of(settings.optional("spapi.reports.directory").orElse(System.getProperty("java.io.tmpdir")))));
        registry.bind("reportDocuments", new ReportDocuments(clock, metrics, streams));
        registry.bind("reportRows", new ReportRows());
        // a short queue and the reading thread running the overflow itself: the split cannot read ahead of what
        // Kafka acknowledges, so a report of millions of rows never piles up in memory
        int parallel = settings.positiveInt("spapi.reports.parallel-records", 8);
        registry.bind("spapiReportsPool", context.getExecutorServiceManager().newThreadPool(this, "spapi-reports",
                new ThreadPoolProfileBuilder("spapi-reports").poolSize(parallel).maxPoolSize(parallel)
                        .maxQueueSize(parallel * 4).rejectedPolicy(ThreadPoolRejectedPolicy.CallerRuns).build()));
        return streams;
    }

    private static Charset charset(Settings settings, String key) {
        String name = settings.optional(key).orElse("UTF-8");
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(key, "is not a charset this JVM knows: '" + name + "'");
        }
    }

    /** The MWS stream's beans; its sellers are read only when the stream is enabled (it is off by default). */
    private WindowPlanner bindMws(CamelContext context, Settings settings) {
        Registry registry = context.getRegistry();
        boolean enabled = settings.bool("mws.orders.enabled", false);
        if (enabled) {
            settings.cron("mws.orders.schedule");
        }
        registry.bind("mwsSellers", enabled ? MwsSellerRegistry.load(settings) : new MwsSellerRegistry(List.of()));
        registry.bind("mwsSigner", new MwsRequestSigner(settings.httpUrl("mws.endpoint"), clock));
        registry.bind("mwsResponse", new MwsResponseReader());
        registry.bind("mwsRequests", new MwsRequests(pageSize(settings, "mws.orders.max-results-per-page")));
        registry.bind("mwsPages", new MwsPages());
        registry.bind("mwsOrders", new MwsOrders());
        return planner(settings, "mws.orders");
    }

    private WindowPlanner planner(Settings settings, String stream) {
        Duration lag = settings.duration(stream + ".end-lag", Duration.ofMinutes(2));
        if (lag.compareTo(Duration.ofMinutes(2)) < 0) {
            throw new ConfigurationException(stream + ".end-lag",
                    "Amazon rejects a LastUpdatedBefore less than 2 minutes in the past; use PT2M or more");
        }
        return new WindowPlanner(clock, settings.duration(stream + ".start", Duration.ofDays(30)),
                settings.duration(stream + ".look-back", Duration.ofMinutes(10)), lag);
    }

    private static int pageSize(Settings settings, String key) {
        int pageSize = settings.positiveInt(key, 100);
        if (pageSize > 100) {
            throw new ConfigurationException(key, "Amazon allows 1 to 100, was " + pageSize);
        }
        return pageSize;
    }

    private static OperationQuota quota(Settings settings, String operation, String prefix, double rate, int burst) {
        return new OperationQuota(operation, settings.positiveDecimal(prefix + ".rate", rate),
                settings.positiveInt(prefix + ".burst", burst));
    }

    private static RedeliveryPolicy retryPolicy(Settings settings) {
        RedeliveryPolicy policy = new RedeliveryPolicy();
        policy.setMaximumRedeliveries(settings.positiveInt("spapi.retry.maximum-redeliveries", 6));
        policy.setRedeliveryDelay(settings.duration("spapi.retry.initial-delay", Duration.ofSeconds(2)).toMillis());
        policy.setMaximumRedeliveryDelay(settings.duration("spapi.retry.maximum-delay", Duration.ofMinutes(2)).toMillis());
        policy.setBackOffMultiplier(settings.positiveDecimal("spapi.retry.back-off-multiplier", 2.0));
        policy.setUseExponentialBackOff(true);
        policy.setUseCollisionAvoidance(true); // +-15% jitter, so sellers retrying together spread out
        policy.setRetryAttemptedLogLevel(org.apache.camel.LoggingLevel.WARN);
        policy.setLogExhaustedMessageHistory(false);
        policy.setLogExhaustedMessageBody(false);
        return policy;
    }

    /** Our own Kafka clients (checkpoints, published versions) use the same brokers as the camel-kafka component. */
    private static Properties kafkaClientConfig(Settings settings) {
        Properties p = new Properties();
        p.put("bootstrap.servers", settings.required("camel.component.kafka.brokers"));
        settings.optional("camel.component.kafka.security-protocol").ifPresent(v -> p.put("security.protocol", v));
        return p;
    }
}
