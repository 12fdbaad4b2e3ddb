package io.sellerbridge.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sellerbridge.sandbox.AmazonSandbox;
import io.sellerbridge.sandbox.SandboxOptions;
import io.sellerbridge.sandbox.SandboxSeller;
import io.sellerbridge.testing.BundleUnderTest;
import io.sellerbridge.testing.CanonicalSchemas;
import io.sellerbridge.testing.Closing;
import io.sellerbridge.testing.LogCapture;
import io.sellerbridge.testing.SharedKafka;
import io.sellerbridge.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Buyers' personal data against the sandbox (Tokens API, restricted fields only with an RDT) and a real broker: off
 * by default, on its own topic when a seller opts in, never on the orders topic, orders flowing when Amazon refuses
 * the token, and deleted after retention by a bundle that did not publish it (the schedule is in Kafka).
 */
class BuyerDataIntegrationTest {

    private static final SandboxSeller SELLER = SandboxSeller.DEFAULT;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> RESTRICTED = List.of("\"buyer\"", "\"addressLine1\"", "\"phone\"", "\"name\"", "@");

    private AmazonSandbox sandbox;
    private BundleUnderTest bundle;
    private BundleUnderTest restarted;

    @AfterEach
    void stop() throws Exception {
        Closing.closeAll(restarted, bundle, sandbox);
    }

    private void startSandbox() {
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().timeScale(100).orderCount(30)
                .history(Duration.ofDays(20)).sellers(List.of(SELLER)));
    }

    private BundleUnderTest optedIn() {
        return BundleUnderTest.against(sandbox, 100, List.of(SELLER)).set("spapi.pii.enabled", "true");
    }

    /** The sandbox's orders that have buyer data (all but those before payment). */
    private Set<String> keysWithBuyerData() {
        return sandbox.data().orders(SELLER.sellerId()).stream().filter(o -> o.has("BuyerInfo"))
                .map(o -> SELLER.sellerId() + ":" + o.get("AmazonOrderId").asText()).collect(Collectors.toSet());
    }

    private static Map<String, String> latestByKey(List<ConsumerRecord<String, String>> records) {
        Map<String, String> latest = new java.util.HashMap<>();
        records.forEach(r -> latest.put(r.key(), r.value()));
        return latest;
    }

    private static long recordsEverWritten(String topic) throws Exception {
        return TopicReader.recordsEverWritten(SharedKafka.bootstrapServers(), topic);
    }

    private static List<ConsumerRecord<String, String>> atLeast(TopicReader reader, int n) {
        return await().atMost(Duration.ofSeconds(60)).until(reader::poll, l -> l.size() >= n);
    }

    @Test
    void givenASellerThatOptedIn_whenOrdersArePolled_thenBuyerDataIsOnItsOwnTopicOnlyReadWithAnRdt() throws Exception {
        startSandbox();
        int orders = sandbox.data().orders(SELLER.sellerId()).size();
        Set<String> withBuyerData = keysWithBuyerData();
        LogCapture logs = LogCapture.capture();
        bundle = optedIn().start();

        try (logs;
             TopicReader ordersTopic = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("orders"));
             TopicReader piiTopic = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("order-pii"))) {
            Map<String, String> pii = latestByKey(atLeast(piiTopic, withBuyerData.size()));
            Map<String, String> published = latestByKey(atLeast(ordersTopic, orders));

            assertEquals(withBuyerData, pii.keySet());
            for (Map.Entry<String, String> e : pii.entrySet()) {
                JsonNode record = JSON.readTree(e.getValue());
                assertFalse(record.path("buyer").path("name").asText().isEmpty(), e.getValue());
                assertTrue(record.path("buyer").path("email").asText().contains("@marketplace.amazon."), e.getValue());
                assertFalse(record.path("shippingAddress").path("addressLine1").asText().isEmpty(), e.getValue());
                assertNotNull(record.get("deleteAfter"));
                assertEquals(Set.of(), CanonicalSchemas.violations("amazon.order-pii.v1", e.getValue()), e.getValue());
                assertTrue(published.containsKey(e.getKey()), "the order of " + e.getKey());
            }
            published.forEach((key, json) -> RESTRICTED.forEach(field ->
                    assertFalse(json.contains(field), field + " on the orders topic in " + key)));
            // neither the buyers' data nor the token in the log
            String log = logs.text();
            assertFalse(log.contains("Atz.sprdt|"), "a restricted data token in the log");
            for (JsonNode order : sandbox.data().orders(SELLER.sellerId())) {
                for (String value : List.of(order.path("BuyerInfo").path("BuyerEmail").asText(),
                        order.path("BuyerInfo").path("BuyerName").asText(),
                        order.path("ShippingAddress").path("AddressLine1").asText())) {
                    assertTrue(value.isEmpty() || !log.contains(value), "buyer data in the log: " + value);
                }
            }
        }
        // one token for every getOrders page of the seller
        assertEquals(1, sandbox.stats().calls("createRestrictedDataToken"), sandbox.stats().summary());
        String piiRecords = "sellerbridge_records_published_total{seller=\"" + SELLER.sellerId() + "\",topic=\""
                + bundle.topic("order-pii") + "\"}";
        assertTrue(bundle.metrics().lines().anyMatch(l -> l.startsWith(piiRecords)), "buyer-data records counted");
    }

    @Test
    void givenASellerThatOptedInForMws_whenOrdersArePolledThroughMws_thenTheSameBuyerDataAsThroughSpApi() throws Exception {
        startSandbox();
        int withBuyerData = keysWithBuyerData().size();
        bundle = optedIn().set("mws.orders.enabled", "false").start();
        // MWS serves buyer data without a token: taken only because this seller opted in
        restarted = BundleUnderTest.against(sandbox, 100, List.of(SELLER)).viaMws()
                .set("mws.seller." + BundleUnderTest.alias(SELLER) + ".pii.enabled", "true").start();

        try (TopicReader viaSpApi = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("order-pii"));
             TopicReader viaMws = new TopicReader(SharedKafka.bootstrapServers(), restarted.topic("order-pii"))) {
            Map<String, String> spApi = latestByKey(atLeast(viaSpApi, withBuyerData));
            Map<String, String> mws = latestByKey(atLeast(viaMws, withBuyerData));

            assertEquals(spApi, mws);
        }
        assertEquals(1, sandbox.stats().calls("createRestrictedDataToken"), "only the SP-API bundle asks for a token");
    }

    @Test
    void givenNoOptIn_whenOrdersArePolled_thenNoTokenIsAskedAndNoBuyerDataIsPublished() throws Exception {
        startSandbox();
        int orders = sandbox.data().orders(SELLER.sellerId()).size();
        bundle = BundleUnderTest.against(sandbox, 100, List.of(SELLER)).start();

        try (TopicReader ordersTopic = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("orders"))) {
            atLeast(ordersTopic, orders);
            assertEquals(0, recordsEverWritten(bundle.topic("order-pii")));
        }
        assertEquals(0, sandbox.stats().calls("createRestrictedDataToken"));
    }

    @Test
    void givenTheApplicationLacksTheRestrictedRoles_whenOptedIn_thenOrdersFlowWithoutBuyerDataAndHealthSaysWhy()
            throws Exception {
        startSandbox();
        sandbox.restrictedRoles().revoke(SELLER.sellerId());
        int orders = sandbox.data().orders(SELLER.sellerId()).size();
        bundle = optedIn().start();

        try (TopicReader ordersTopic = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("orders"))) {
            Map<String, String> published = latestByKey(atLeast(ordersTopic, orders));
            assertEquals(orders, published.size());
            assertEquals(0, recordsEverWritten(bundle.topic("order-pii")));
        }
        HttpResponse<String> health = bundle.readiness();
        assertEquals(200, health.statusCode(), health.body());
        String pii = "spapi.seller." + BundleUnderTest.alias(SELLER) + ".pii";
        assertTrue(health.body().contains(pii) && health.body().contains("does not have access"), health.body());
        // refused once, then the seller's pages are read with its LWA token
        assertEquals(1, sandbox.stats().calls("createRestrictedDataToken"), sandbox.stats().summary());
    }

    @Test
    void givenBuyerDataPastItsRetention_whenABundleStartsOnTheSameTopics_thenItDeletesExactlyThatData() throws Exception {
        startSandbox();
        Duration retention = Duration.ofDays(1);
        Instant now = Instant.now();
        // published: buyer data not yet past its retention (delivered less than a day ago, or still to come)
        Map<String, Instant> deleteAfter = sandbox.data().orders(SELLER.sellerId()).stream()
                .filter(o -> o.has("BuyerInfo"))
                .collect(Collectors.toMap(o -> SELLER.sellerId() + ":" + o.get("AmazonOrderId").asText(),
                        o -> Instant.parse(o.get("LatestDeliveryDate").asText()).plus(retention)));
        deleteAfter.values().removeIf(t -> !t.isAfter(now));
        // the restarted bundle's clock: halfway between the middle two deletion times, so about half are due
        List<Instant> times = deleteAfter.values().stream().sorted().toList();
        int cut = times.size() / 2;
        Instant later = times.get(cut - 1).plus(Duration.between(times.get(cut - 1), times.get(cut)).dividedBy(2));
        Set<String> due = deleteAfter.entrySet().stream().filter(e -> e.getValue().isBefore(later))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertTrue(!due.isEmpty() && due.size() < deleteAfter.size(), due.size() + " of " + deleteAfter.size());

        // the first bundle publishes the buyer data and never sweeps (its first sweep would be an hour away)
        bundle = optedIn().set("spapi.pii.retention", retention.toString()).set("spapi.pii.retention-check", "PT1H")
                .start();
        try (TopicReader piiTopic = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("order-pii"))) {
            assertEquals(deleteAfter.keySet(), latestByKey(atLeast(piiTopic, deleteAfter.size())).keySet(),
                    "what is already past its retention is not taken");
        }
        bundle.stop();
        Set<String> withBuyerData = deleteAfter.keySet();

        // a restart that polls nothing: what it deletes it learnt from the topic alone
        restarted = bundle.replica().set("spapi.orders.enabled", "false").set("spapi.pii.retention-check", "PT1S")
                .withClock(Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), later))).start();

        try (TopicReader piiTopic = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("order-pii"))) {
            Function<List<ConsumerRecord<String, String>>, Set<String>> tombstones = records -> records.stream()
                    .filter(r -> r.value() == null).map(ConsumerRecord::key).collect(Collectors.toSet());
            List<ConsumerRecord<String, String>> all = await().atMost(Duration.ofSeconds(30))
                    .until(piiTopic::poll, l -> tombstones.apply(l).size() >= due.size());
            assertEquals(due, tombstones.apply(all));
        }
        String metrics = restarted.metrics();
        assertTrue(metrics.contains("sellerbridge_pii_records_deleted_total " + due.size() + ".0"), metrics);
        assertTrue(metrics.contains("sellerbridge_pii_records_live " + (withBuyerData.size() - due.size()) + ".0"), metrics);
    }
}
