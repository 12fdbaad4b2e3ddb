package io.sellerbridge.testing;

import io.sellerbridge.App;
import io.sellerbridge.sandbox.AmazonSandbox;
import io.sellerbridge.sandbox.SandboxSeller;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The real bundle (App, the top-level routes/ and application.properties) pointed at a sandbox and a real broker,
 * with its own topics so tests do not see each other's records.
 */
public final class BundleUnderTest implements AutoCloseable {

    /** Asks the management servers of the bundles under test (health, metrics). */
    private static final java.net.http.HttpClient MANAGEMENT = java.net.http.HttpClient.newHttpClient();

    private final Map<String, String> overrides = new LinkedHashMap<>();
    private final String topicSuffix;
    private Main main;
    private java.time.Clock clock;

    private BundleUnderTest(String topicSuffix) {
        this.topicSuffix = topicSuffix;
    }

    /** A bundle for the sandbox's sellers, polling every second, with Amazon's usage plans sped up by the sandbox's time scale. */
    public static BundleUnderTest against(AmazonSandbox sandbox, double timeScale, List<SandboxSeller> sellers) {
        return against(sandbox, timeScale, sellers, SharedKafka.bootstrapServers());
    }

    public static BundleUnderTest against(AmazonSandbox sandbox, double timeScale, List<SandboxSeller> sellers,
                                          String bootstrapServers) {
        BundleUnderTest b = new BundleUnderTest(UUID.randomUUID().toString().substring(0, 8));
        b.set("camel.component.kafka.brokers", bootstrapServers);
        b.set("camel.management.port", String.valueOf(freePort()));
        // Quartz names its scheduler after the context: two bundles in one JVM must not share one
        b.set("camel.main.name", "seller-bridge-" + b.topicSuffix);
        b.set("spapi.endpoint", sandbox.baseUrl());
        b.set("spapi.lwa.token-url", sandbox.tokenUrl());
        b.set("spapi.sellers", String.join(",", sellers.stream().map(s -> alias(s)).toList()));
        for (SandboxSeller s : sellers) {
            String p = "spapi.seller." + alias(s) + ".";
            b.set(p + "seller-id", s.sellerId());
            b.set(p + "marketplace-ids", String.join(",", s.marketplaceIds()));
            b.set(p + "lwa.client-id", s.clientId());
            b.set(p + "lwa.client-secret", s.clientSecret());
            b.set(p + "lwa.refresh-token", s.refreshToken());
        }
        b.set("spapi.orders.schedule", "* * * * * ?");
        b.set("mws.endpoint", sandbox.mwsUrl());
        b.set("mws.sellers", String.join(",", sellers.stream().map(s -> alias(s)).toList()));
        for (SandboxSeller s : sellers) {
            String p = "mws.seller." + alias(s) + ".";
            b.set(p + "seller-id", s.sellerId());
            b.set(p + "marketplace-ids", String.join(",", s.marketplaceIds()));
            b.set(p + "access-key-id", s.mwsAccessKeyId());
            b.set(p + "secret-key", s.mwsSecretKey());
            b.set(p + "auth-token", s.mwsAuthToken() == null ? "" : s.mwsAuthToken());
        }
        b.set("mws.orders.schedule", "* * * * * ?");
        // Amazon's usage plans, as application.properties states them, sped up like the sandbox's token buckets
        usagePlanRates().forEach((key, rate) -> b.set(key, String.valueOf(rate * timeScale)));
        b.set("spapi.catalog.schedule", "* * * * * ?");
        b.set("spapi.inventory.schedule", "* * * * * ?");
        b.set("spapi.reports.orders.schedule", "* * * * * ?");
        b.set("spapi.reports.inventory.schedule", "* * * * * ?");
        b.set("spapi.reports.poll-first-delay", "PT0.2S");
        b.set("spapi.reports.poll-max-delay", "PT1S");
        b.set("spapi.retry.initial-delay", "PT0.05S");
        b.set("spapi.retry.maximum-delay", "PT1S");
        b.set("kafka.topics.orders", "amazon.orders.v1." + b.topicSuffix);
        b.set("kafka.topics.products", "amazon.products.v1." + b.topicSuffix);
        b.set("kafka.topics.inventory", "amazon.inventory.v1." + b.topicSuffix);
        b.set("kafka.topics.dlq", "amazon.dlq.v1." + b.topicSuffix);
        b.set("kafka.topics.order-pii", "amazon.order-pii.v1." + b.topicSuffix);
        b.set("kafka.topics.checkpoints", "checkpoints." + b.topicSuffix);
        b.set("kafka.topics.published-versions", "published-versions." + b.topicSuffix);
        b.set("kafka.topics.cluster", "cluster." + b.topicSuffix);
        b.set("cluster.kafka.group-id", "pollers-" + b.topicSuffix);
        return b;
    }

    /**
     * Replicas that share the sellers out through a Kafka consumer group ({@code cluster.mode = kafka}), named
     * {@code id}; a killed one's sellers move after the broker's shortest session timeout.
     */
    public BundleUnderTest inKafkaGroup(String id) {
        return set("cluster.mode", "kafka").set("cluster.id", id).set("cluster.kafka.partitions", "12")
                .set("cluster.kafka.session-timeout", "PT6S");
    }

    /** Every {@code *.rate} key of the top-level application.properties (the bundle's defaults, written once there). */
    static Map<String, Double> usagePlanRates() {
        java.util.Properties file = new java.util.Properties();
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of("application.properties"))) {
            file.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, Double> rates = new java.util.TreeMap<>();
        file.stringPropertyNames().stream().filter(k -> k.endsWith(".rate"))
                .forEach(k -> rates.put(k, Double.parseDouble(file.getProperty(k).trim())));
        return rates;
    }

    /**
     * Each selling region's calls of {@code api} (spapi or mws) to the sandbox's listener for that region, which
     * refuses another region's marketplaces, instead of one endpoint for all.
     */
    public BundleUnderTest atRegionalEndpoints(AmazonSandbox sandbox, String api) {
        set(api + ".endpoint", "");
        for (io.sellerbridge.amazon.SellingRegion region : io.sellerbridge.amazon.SellingRegion.values()) {
            set(region.keyUnder(api + ".endpoint"), sandbox.regionUrl(region.name()));
        }
        return this;
    }

    /** Poll through MWS instead of SP-API. */
    public BundleUnderTest viaMws() {
        set("spapi.orders.enabled", "false");
        return set("mws.orders.enabled", "true");
    }

    /** The production topic names instead of per-test ones (the demo). */
    public BundleUnderTest withStandardTopics() {
        set("kafka.topics.orders", "amazon.orders.v1");
        set("kafka.topics.products", "amazon.products.v1");
        set("kafka.topics.inventory", "amazon.inventory.v1");
        set("kafka.topics.dlq", "amazon.dlq.v1");
        set("kafka.topics.order-pii", "amazon.order-pii.v1");
        set("kafka.topics.checkpoints", "seller-bridge.checkpoints.v1");
        return set("kafka.topics.published-versions", "seller-bridge.published-versions.v1");
    }

    /**
     * ORDER_CHANGE notifications from this queue of an SQS-compatible server: its URL, its ARN (the bundle's
     * destination) and the server's endpoint, with short receives (every stop waits for the open one).
     */
    public BundleUnderTest withNotifications(ElasticMq sqs, String queueUrl) {
        return set("spapi.notifications.enabled", "true")
                .set("spapi.notifications.sqs.queue-url", queueUrl)
                .set("spapi.notifications.sqs.queue-arn", sqs.queueArn(queueUrl))
                .set("spapi.notifications.sqs.endpoint", sqs.endpoint())
                .set("spapi.notifications.sqs.wait-time-seconds", "2");
    }

    /** Readiness with every check's details ({@code exposureLevel=full&data=true}), as an operator reads it. */
    public java.net.http.HttpResponse<String> readiness() throws Exception {
        return management("/observe/health/ready?exposureLevel=full&data=true");
    }

    /** The Prometheus scrape. */
    public String metrics() throws Exception {
        return management("/observe/metrics").body();
    }

    private java.net.http.HttpResponse<String> management(String pathAndQuery) throws Exception {
        return MANAGEMENT.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(managementUrl() + pathAndQuery))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    /** The management server's base URL (health, metrics). */
    public String managementUrl() {
        return "http://127.0.0.1:" + overrides.get("camel.management.port");
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static String alias(SandboxSeller s) {
        return s.sellerId().toLowerCase();
    }

    public BundleUnderTest set(String key, String value) {
        overrides.put(key, value);
        return this;
    }

    /** A benchmark's -Dspapi.*, -Dkafka.*, -Damazon.* and -Dcamel.* system properties override the bundle's keys. */
    public BundleUnderTest withOverridesFromSystemProperties() {
        System.getProperties().stringPropertyNames().stream()
                .filter(k -> k.startsWith("spapi.") || k.startsWith("kafka.") || k.startsWith("amazon.")
                        || k.startsWith("camel."))
                .forEach(k -> set(k, System.getProperty(k)));
        return this;
    }

    public String topic(String name) {
        return overrides.get("kafka.topics." + name);
    }

    /** The bundle's clock (Beans.clock) instead of the system's, e.g. days ahead to see retention run out. */
    public BundleUnderTest withClock(java.time.Clock clock) {
        this.clock = clock;
        return this;
    }

    public BundleUnderTest start() throws Exception {
        main = App.create();
        overrides.forEach(main::addOverrideProperty);
        if (clock != null) {
            main.bind(io.sellerbridge.config.Beans.CLOCK, clock);
        }
        main.start();
        return this;
    }

    /**
     * The same bundle as its own JVM process ({@code java -cp <this classpath> io.sellerbridge.App}), the overrides
     * given as system properties, which Camel prefers to application.properties. Output goes to {@code log}.
     */
    public Process startProcess(java.nio.file.Path log) throws java.io.IOException {
        return startProcess(log, List.of("-Xmx256m"));
    }

    /** {@link #startProcess(java.nio.file.Path)} with these JVM options (heap size, GC log, ...). */
    public Process startProcess(java.nio.file.Path log, List<String> jvmOptions) throws java.io.IOException {
        List<String> command = new java.util.ArrayList<>();
        command.add(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath()));
        overrides.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("io.sellerbridge.App");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * This JVM's class path: the system one under Surefire, the project's class loader under exec:java (where
     * java.class.path is Maven's own launcher).
     */
    private static String classPath() {
        if (Thread.currentThread().getContextClassLoader() instanceof java.net.URLClassLoader loader) {
            return java.util.Arrays.stream(loader.getURLs()).map(url -> {
                try {
                    return java.nio.file.Path.of(url.toURI()).toString();
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
        }
        return System.getProperty("java.class.path");
    }

    /** Another replica of this bundle: the same topics, its own name and management port. */
    public BundleUnderTest replica() {
        BundleUnderTest r = new BundleUnderTest(topicSuffix);
        r.overrides.putAll(overrides);
        r.set("camel.management.port", String.valueOf(freePort()));
        return r;
    }

    public CamelContext context() {
        return main.getCamelContext();
    }

    public void stop() throws Exception {
        if (main != null) {
            main.stop();
            main = null;
        }
    }

    @Override
    public void close() throws Exception {
        stop();
    }
}
