package io.sellerbridge.demo;

import io.sellerbridge.sandbox.AmazonSandbox;
import io.sellerbridge.sandbox.SandboxOptions;
import io.sellerbridge.sandbox.SandboxSeller;
import io.sellerbridge.testing.BundleUnderTest;
import io.sellerbridge.testing.EmbeddedKafka;
import io.sellerbridge.testing.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.awaitility.core.ConditionTimeoutException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * The README's first command: the real bundle against the Amazon sandbox (two sellers, five marketplaces) and a
 * Kafka broker it starts itself unless KAFKA_BOOTSTRAP_SERVERS is set. Prints progress, then what reached the topic.
 * Options (system properties): demo.orders (per seller, default 150), demo.time-scale (default 20), demo.api
 * (spapi, the default, or mws: the same orders read through MWS Orders 2013-09-01), and the streams besides orders,
 * each on by default: demo.backfill (orders first backfilled through reports, then getOrders takes over),
 * demo.catalog (products of the ordered ASINs), demo.inventory (FBA inventory levels); and, off by default,
 * demo.notifications (ORDER_CHANGE notifications through SQS: changed orders on the topic within seconds).
 */
public final class Demo {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Demo() {
    }

    public static void main(String[] args) throws Exception {
        int orders = Integer.getInteger("demo.orders", 150);
        double timeScale = Double.parseDouble(System.getProperty("demo.time-scale", "20"));
        List<SandboxSeller> sellers = List.of(SandboxSeller.DEFAULT, SandboxSeller.SECOND);
        String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        EmbeddedKafka embedded = external == null || external.isBlank() ? EmbeddedKafka.start() : null;
        String bootstrap = embedded != null ? embedded.bootstrapServers() : external;
        System.out.printf("[demo] Kafka at %s (%s)%n", bootstrap, embedded != null ? "embedded KRaft broker" : "KAFKA_BOOTSTRAP_SERVERS");

        int exit;
        try (AmazonSandbox sandbox = AmazonSandbox.start(SandboxOptions.defaults().timeScale(timeScale)
                .orderCount(orders).history(Duration.ofDays(20)).sellers(sellers))) {
            System.out.printf("[demo] Amazon sandbox at %s, time scale x%s (Amazon's rates and bursts, %s times faster)%n",
                    sandbox.baseUrl(), timeScale, timeScale);
            BundleUnderTest bundle = BundleUnderTest.against(sandbox, timeScale, sellers, bootstrap).withStandardTopics()
                    .set("spapi.orders.schedule", "0/5 * * * * ?").set("mws.orders.schedule", "0/5 * * * * ?");
            boolean mws = "mws".equalsIgnoreCase(System.getProperty("demo.api", "spapi"));
            if (mws) {
                bundle.viaMws();
            }
            System.out.printf("[demo] reading orders through %s%n", mws ? "MWS Orders 2013-09-01 (XML, Signature Version 2)" : "SP-API Orders v0 (JSON, LWA)");
            DemoStreams streams = DemoStreams.fromSystemProperties(mws);
            streams.configure(bundle);
            try (DemoNotifications notifications = DemoNotifications.fromSystemProperties(mws)) {
                if (notifications != null) {
                    notifications.configure(bundle, sandbox);
                }
                exit = run(sandbox, bundle, bootstrap, sellers, streams, notifications);
            }
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
        System.exit(exit);
    }

    private static int run(AmazonSandbox sandbox, BundleUnderTest bundle, String bootstrap, List<SandboxSeller> sellers,
                           DemoStreams streams, DemoNotifications notifications) throws Exception {
        int expected = sellers.stream().mapToInt(s -> sandbox.data().orders(s.sellerId()).size()).sum();
        int expectedItems = sellers.stream().mapToInt(s -> sandbox.data().totalItems(s.sellerId())).sum();
        long start = System.nanoTime();
        bundle.start();
        try (TopicReader topic = new TopicReader(bootstrap, "amazon.orders.v1");
             TopicReader dlq = new TopicReader(bootstrap, "amazon.dlq.v1");
             TopicReader products = new TopicReader(bootstrap, "amazon.products.v1");
             TopicReader inventory = new TopicReader(bootstrap, "amazon.inventory.v1")) {
            int expectedProducts = streams.catalog() ? DemoStreams.expectedProducts(sandbox, sellers) : 0;
            int expectedLevels = streams.inventory() ? DemoStreams.expectedLevels(sandbox, sellers) : 0;
            // progress every 2 s until every order arrived (or 5 minutes passed)
            try {
                await().pollInterval(Duration.ofSeconds(2)).atMost(Duration.ofMinutes(5)).until(() -> {
                    List<ConsumerRecord<String, String>> now = topic.poll();
                    long productsNow = distinctKeys(products.poll());
                    long levelsNow = distinctKeys(inventory.poll());
                    System.out.printf("[demo] %5.1fs  orders %d/%d  items %d/%d  products %d/%d  inventory %d/%d"
                                    + "  | Amazon calls: %s | throttled %d | dlq %d%n",
                            seconds(start), distinctKeys(now), expected, items(now), expectedItems, productsNow,
                            expectedProducts, levelsNow, expectedLevels, calls(sandbox), sandbox.stats().totalThrottled(),
                            dlq.poll().size());
                    return distinctKeys(now) >= expected && productsNow >= expectedProducts && levelsNow >= expectedLevels;
                });
            } catch (ConditionTimeoutException e) {
                System.out.println("[demo] not every order arrived within 5 minutes");
            }
            List<ConsumerRecord<String, String>> records = topic.poll();
            boolean changesArrived = notifications == null || notifications.show(sandbox, sellers.get(0), topic);
            bundle.stop();
            summary(records, expected, expectedItems, sandbox, dlq.poll().size(), seconds(start));
            DemoStreams.summary(products.poll(), expectedProducts, inventory.poll(), expectedLevels);
            boolean ordersComplete = distinctKeys(records) == expected && records.size() == expected && changesArrived;
            return ordersComplete && distinctKeys(products.poll()) == expectedProducts
                    && distinctKeys(inventory.poll()) == expectedLevels ? 0 : 1;
        }
    }

    private static void summary(List<ConsumerRecord<String, String>> records, int expected, int expectedItems,
                                AmazonSandbox sandbox, int deadLetters, double seconds) throws Exception {
        Map<String, Long> perMarketplace = new TreeMap<>(records.stream().collect(Collectors.groupingBy(r -> {
            JsonNode v = value(r);
            // orders read from reports carry no order total: then the currency of their first item
            String currency = v.path("orderTotal").path("currencyCode")
                    .asText(v.path("items").path(0).path("itemPrice").path("currencyCode").asText("-"));
            return v.get("sellerId").asText() + " " + v.get("marketplaceId").asText() + " (" + currency + ")";
        }, Collectors.counting())));
        System.out.println();
        System.out.println("==== What reached amazon.orders.v1 ====");
        System.out.printf("orders: %d records, %d distinct orders (expected %d); items: %d (expected %d); dead letters: %d%n",
                records.size(), distinctKeys(records), expected, items(records), expectedItems, deadLetters);
        perMarketplace.forEach((k, n) -> System.out.printf("  %-45s %d orders%n", k, n));
        System.out.printf("Amazon calls: %s, LWA tokens %d; throttled (429 QuotaExceeded / 503 RequestThrottled): %d%n",
                calls(sandbox), sandbox.stats().calls("lwaToken"), sandbox.stats().totalThrottled());
        System.out.printf("time: %.1f s%n", seconds);
        if (!records.isEmpty()) {
            ConsumerRecord<String, String> sample = records.stream()
                    .filter(r -> value(r).path("items").size() > 1).findFirst().orElse(records.get(0));
            System.out.println("sample record  key=" + sample.key());
            sample.headers().forEach(h -> System.out.println("  header " + h.key() + " = " + new String(h.value(), StandardCharsets.UTF_8)));
            System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value(sample)));
        }
    }

    private static String calls(AmazonSandbox sandbox) {
        return java.util.stream.Stream.of("getOrders", "getOrder", "getOrderItems", "ListOrders", "ListOrdersByNextToken",
                        "ListOrderItems", "ListOrderItemsByNextToken", "createReport", "getReport", "getReportDocument",
                        "getCatalogItem", "getInventorySummaries", "createDestination", "createSubscription")
                .filter(op -> sandbox.stats().calls(op) > 0)
                .map(op -> op + " " + sandbox.stats().calls(op))
                .collect(Collectors.joining(", "));
    }

    static long distinctKeys(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(ConsumerRecord::key).distinct().count();
    }

    private static int items(List<ConsumerRecord<String, String>> records) {
        return records.stream().mapToInt(r -> value(r).path("items").size()).sum();
    }

    static JsonNode value(ConsumerRecord<String, String> r) {
        try {
            return JSON.readTree(r.value());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
