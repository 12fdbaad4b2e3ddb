package io.sellerbridge.it;

import io.sellerbridge.sandbox.AmazonSandbox;
import io.sellerbridge.sandbox.SandboxOptions;
import io.sellerbridge.sandbox.SandboxSeller;
import io.sellerbridge.testing.BundleUnderTest;
import io.sellerbridge.testing.CanonicalSchemas;
import io.sellerbridge.testing.Closing;
import io.sellerbridge.testing.OrderSchema;
import io.sellerbridge.testing.SharedKafka;
import io.sellerbridge.testing.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Order and inventory reports end to end: the sandbox's Reports API over HTTP, a real broker, the real routes. */
class ReportsToKafkaIntegrationTest {

    private static final SandboxSeller SELLER = SandboxSeller.DEFAULT;
    private static final double TIME_SCALE = 100;

    private AmazonSandbox sandbox;
    private BundleUnderTest bundle;

    @AfterEach
    void stop() throws Exception {
        Closing.closeAll(bundle, sandbox);
    }

    private void start(SandboxOptions options) {
        sandbox = AmazonSandbox.start(options.timeScale(TIME_SCALE).reportProcessingTime(Duration.ofMillis(300)));
        bundle = BundleUnderTest.against(sandbox, TIME_SCALE, List.of(SELLER));
    }

    private static SandboxOptions ordersOverDays(int orders, int days) {
        return SandboxOptions.defaults().orderCount(orders).history(Duration.ofDays(days));
    }

    private BundleUnderTest backfillFrom(Instant from) {
        return bundle.set("spapi.reports.orders.enabled", "true")
                .set("spapi.reports.backfill.from", from.truncatedTo(ChronoUnit.SECONDS).toString());
    }

    private Set<String> seededOrderKeys() {
        return sandbox.data().orders(SELLER.sellerId()).stream()
                .map(o -> SELLER.sellerId() + ":" + o.get("AmazonOrderId").asText()).collect(Collectors.toSet());
    }

    private String metrics() throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(bundle.managementUrl() + "/observe/metrics")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return r.body();
    }

    /** The backfill's end, as the bundle fixed it on the checkpoint topic. */
    private Instant handOverPoint() {
        try (TopicReader checkpoints = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("checkpoints"))) {
            String key = "spapi-report-orders-until:" + SELLER.sellerId();
            return await().atMost(Duration.ofSeconds(10)).until(() -> checkpoints.poll().stream()
                    .filter(r -> key.equals(r.key())).map(r -> Instant.parse(r.value())).findFirst(), java.util.Optional::isPresent).get();
        }
    }

    private static List<ConsumerRecord<String, String>> awaitCount(TopicReader reader, int count) {
        return await().atMost(Duration.ofSeconds(90)).until(reader::poll, r -> r.size() >= count);
    }

    @Test
    void givenABackfillDate_whenTheBundleRuns_thenReportsFillThePastOnceWhileGetOrdersPollsFromTheHandOverPoint() throws Exception {
        start(ordersOverDays(80, 50));
        // 90 days in windows of 30, a report per window and marketplace; the oldest window holds no orders (CANCELLED)
        backfillFrom(Instant.now().minus(Duration.ofDays(90))).start();
        Set<String> expected = seededOrderKeys();

        try (TopicReader orders = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("orders"))) {
            List<ConsumerRecord<String, String>> records = awaitCount(orders, expected.size());
            // getOrders polls from the hand-over point on, alongside the reports: nothing read twice, nothing missed
            await().atMost(Duration.ofSeconds(30)).until(() -> sandbox.stats().calls("getOrders") >= 2);
            records = orders.poll();
            assertEquals(expected, OrdersTopic.keys(records));
            assertEquals(expected.size(), records.size(), "each order once");
            Instant handOver = handOverPoint();
            for (ConsumerRecord<String, String> r : records) {
                assertTrue(OrderSchema.violations(r.value()).isEmpty(), () -> OrderSchema.violations(r.value()).toString());
                assertEquals(OrdersTopic.ALLOWED_HEADERS, OrdersTopic.headerNames(r), "only CloudEvents headers");
                // the past up to the hand-over point came from the reports, everything after it from getOrders
                Instant updated = Instant.parse(OrdersTopic.value(r).get("lastUpdateDate").asText());
                assertEquals(updated.isAfter(handOver) ? "/amazon/sp-api/orders/v0" : "/amazon/sp-api/reports/2021-06-30",
                        OrdersTopic.headers(r).get("ce_source"), r.value());
                String orderId = OrdersTopic.value(r).get("amazonOrderId").asText();
                assertEquals(sandbox.data().items(orderId).size(), OrdersTopic.value(r).get("items").size(), "all items of " + orderId);
            }
            assertTrue(sandbox.reports().created().stream().anyMatch(c -> "CANCELLED".equals(c.status())),
                    "an empty window was cancelled by Amazon and skipped");
            // progress of the backfill, for dashboards: complete
            String metrics = await().atMost(Duration.ofSeconds(30)).until(this::metrics,
                    m -> m.contains("sellerbridge_backfill_progress{seller=\"" + SELLER.sellerId() + "\",stream=\"spapi-report-orders\"} 1.0"));
            assertTrue(metrics.contains("sellerbridge_report_rows_done"), "rows of the report being read");
            // a status word the Orders API has no name for: the order is on the topic with the word, and counted
            List<JsonNode> shipping = records.stream().map(OrdersTopic::value)
                    .filter(o -> "Shipping".equals(o.path("reportOrderStatus").asText(null))).toList();
            assertTrue(!shipping.isEmpty(), "the sandbox's reports write Shipping for FBA orders part way shipped");
            for (JsonNode order : shipping) {
                assertTrue(!order.has("orderStatus"), order::toString);
                assertEquals("PartiallyShipped", sandbox.data().order(order.get("amazonOrderId").asText())
                        .get("OrderStatus").asText(), order::toString);
            }
            assertTrue(metrics.contains("sellerbridge_report_unmapped_words_total{field=\"orderStatus\",stream=\"orders\",word=\"Shipping\"} "
                    + shipping.size() + ".0"), metrics.lines().filter(l -> l.contains("unmapped")).toList()::toString);

            // an order updated after the hand-over comes through getOrders
            String updated = sandbox.data().orders(SELLER.sellerId()).get(0).get("AmazonOrderId").asText();
            sandbox.data().touch(updated, Instant.now().minus(Duration.ofMinutes(3)).truncatedTo(ChronoUnit.SECONDS));
            records = awaitCount(orders, expected.size() + 1);
            JsonNode latest = OrdersTopic.value(records.get(records.size() - 1));
            assertEquals(updated, latest.get("amazonOrderId").asText());
            assertEquals("/amazon/sp-api/orders/v0", OrdersTopic.headers(records.get(records.size() - 1)).get("ce_source"));
        }
    }

    @Test
    void givenARowThatCannotBeRead_whenTheReportIsStreamed_thenThatRowIsDeadLetteredWithItsNumberAndTheRestArrives() throws Exception {
        start(ordersOverDays(40, 20));
        sandbox.faults().corruptNextDocumentRow(3);
        bundle.set("spapi.orders.enabled", "false");
        backfillFrom(Instant.now().minus(Duration.ofDays(25))).start();

        try (TopicReader orders = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("orders"));
             TopicReader dlq = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("dlq"))) {
            JsonNode letter = OrdersTopic.value(awaitCount(dlq, 1).get(0));
            assertEquals(3, letter.get("rowNumber").asInt());
            assertEquals(Set.of(), CanonicalSchemas.violations("amazon.dlq.v1", letter.toString()));
            assertTrue(letter.get("reason").asText().contains("row 3"), letter.toString());
            String badOrderId = letter.get("payload").asText().split("\t")[0];
            Set<String> expected = seededOrderKeys();
            expected.remove(SELLER.sellerId() + ":" + badOrderId);
            await().atMost(Duration.ofSeconds(60)).until(() -> OrdersTopic.keys(orders.poll()).equals(expected));
            assertEquals(expected.size(), orders.poll().size(), "each order once");
        }
    }

    @Test
    void givenATruncatedDownloadAndAFatalReport_whenTheBundleRuns_thenEachIsRetriedWholeAndNothingIsPublishedTwice() throws Exception {
        start(ordersOverDays(60, 20));
        sandbox.faults().truncateNextDocuments(1);
        sandbox.faults().fatalNextReports(1);
        bundle.set("spapi.orders.enabled", "false");
        backfillFrom(Instant.now().minus(Duration.ofDays(25))).start();
        Set<String> expected = seededOrderKeys();

        try (TopicReader orders = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("orders"))) {
            await().atMost(Duration.ofSeconds(90)).until(() -> OrdersTopic.keys(orders.poll()).equals(expected));
            assertEquals(expected.size(), orders.poll().size(), "each order once");
            assertTrue(sandbox.reports().created().stream().anyMatch(c -> "FATAL".equals(c.status())));
            // one document per DONE report, plus the one fetched again after the truncated download (the last report
            // of the retried window may still be on its way when every order has arrived)
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(
                    sandbox.reports().created().stream().filter(c -> "DONE".equals(c.status())).count() + 1,
                    sandbox.stats().calls("getReportDocument")));
            assertEquals(expected.size(), orders.poll().size(), "each order once");
        }
    }

    @Test
    void givenTheXmlOrdersReport_whenTheBundleRuns_thenEveryOrderArrivesValid() throws Exception {
        start(ordersOverDays(30, 10));
        bundle.set("spapi.orders.enabled", "false")
                .set("spapi.reports.orders.report-type", "GET_XML_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL");
        backfillFrom(Instant.now().minus(Duration.ofDays(12))).start();
        Set<String> expected = seededOrderKeys();

        try (TopicReader orders = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("orders"))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> OrdersTopic.keys(orders.poll()).equals(expected));
            for (ConsumerRecord<String, String> r : orders.poll()) {
                assertTrue(OrderSchema.violations(r.value()).isEmpty(), () -> OrderSchema.violations(r.value()).toString());
            }
        }
    }

    @Test
    void givenAWindows1252Document_whenItIsRead_thenTheCharsetItNamesDecodesTheTitles() throws Exception {
        start(ordersOverDays(40, 10).reportCharset(Charset.forName("windows-1252")));
        bundle.set("spapi.orders.enabled", "false");
        backfillFrom(Instant.now().minus(Duration.ofDays(12))).start();
        Set<String> expected = seededOrderKeys();

        try (TopicReader orders = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("orders"))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> OrdersTopic.keys(orders.poll()).equals(expected));
            Set<String> titles = orders.poll().stream()
                    .flatMap(r -> java.util.stream.StreamSupport.stream(OrdersTopic.value(r).get("items").spliterator(), false))
                    .map(item -> item.path("title").asText()).collect(Collectors.toSet());
            assertTrue(titles.contains("Kaffeebohnen „Röstmeister“ – Espresso, 1 kg"), titles.toString());
        }
    }

    @Test
    void givenTheInventoryReportStream_whenItRuns_thenEverySkuOfEveryMarketplaceArrivesOnTheInventoryTopic() throws Exception {
        start(ordersOverDays(5, 5));
        bundle.set("spapi.orders.enabled", "false").set("spapi.reports.inventory.enabled", "true").start();
        Set<String> expected = SELLER.marketplaceIds().stream()
                .flatMap(mp -> sandbox.inventory().summaries(SELLER.sellerId(), mp).stream()
                        .map(s -> SELLER.sellerId() + ":" + mp + ":" + s.get("sellerSku").asText()))
                .collect(Collectors.toSet());

        try (TopicReader inventory = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("inventory"))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> OrdersTopic.keys(inventory.poll()).equals(expected));
            for (ConsumerRecord<String, String> r : inventory.poll()) {
                assertEquals(OrdersTopic.ALLOWED_HEADERS, OrdersTopic.headerNames(r));
                assertEquals("io.sellerbridge.amazon.inventory.v1", OrdersTopic.headers(r).get("ce_type"));
            }
        }
    }
}
