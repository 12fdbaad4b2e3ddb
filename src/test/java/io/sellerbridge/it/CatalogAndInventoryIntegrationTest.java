package io.sellerbridge.it;

import io.sellerbridge.sandbox.AmazonSandbox;
import io.sellerbridge.sandbox.SandboxOptions;
import io.sellerbridge.sandbox.SandboxSeller;
import io.sellerbridge.testing.BundleUnderTest;
import io.sellerbridge.testing.CanonicalSchemas;
import io.sellerbridge.testing.Closing;
import io.sellerbridge.testing.SharedKafka;
import io.sellerbridge.testing.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Catalog items and FBA inventory end to end: the sandbox over HTTP, a real broker, the real routes. */
class CatalogAndInventoryIntegrationTest {

    private static final SandboxSeller SELLER = SandboxSeller.DEFAULT;
    private static final double TIME_SCALE = 100;
    private static final String UNKNOWN_ASIN = "B000NOSUCH1";

    private AmazonSandbox sandbox;
    private BundleUnderTest bundle;

    @AfterEach
    void stop() throws Exception {
        Closing.closeAll(bundle, sandbox);
    }

    @Test
    void givenPublishedOrders_whenTheCatalogStreamRuns_thenEachListedProductArrivesOnceAndUnlistedOnesAreNotRetried() throws Exception {
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().timeScale(TIME_SCALE).orderCount(40));
        bundle = BundleUnderTest.against(sandbox, TIME_SCALE, List.of(SELLER))
                .set("spapi.catalog.enabled", "true")
                .set("spapi.catalog.asins", UNKNOWN_ASIN)
                .start();
        Set<String> asked = new HashSet<>();
        for (JsonNode order : sandbox.data().orders(SELLER.sellerId())) {
            String marketplaceId = order.get("MarketplaceId").asText();
            for (JsonNode item : sandbox.data().items(order.get("AmazonOrderId").asText())) {
                asked.add(marketplaceId + ":" + item.get("ASIN").asText());
            }
        }
        SELLER.marketplaceIds().forEach(mp -> asked.add(mp + ":" + UNKNOWN_ASIN));
        Set<String> listed = asked.stream().filter(k -> sandbox.catalog().listed(k.split(":")[1], k.split(":")[0]))
                .map(k -> SELLER.sellerId() + ":" + k).collect(Collectors.toSet());
        long unlisted = asked.size() - listed.size();
        assertTrue(unlisted >= 2, "the sandbox has items missing from a marketplace");

        try (TopicReader products = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("products"))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> OrdersTopic.keys(products.poll()).equals(listed));
            await().atMost(Duration.ofSeconds(30)).until(() -> sandbox.stats().calls("getCatalogItem") >= asked.size());
            List<ConsumerRecord<String, String>> records = products.poll();
            assertEquals(listed.size(), records.size(), "each product once within the TTL, however many orders name it");
            assertEquals(asked.size(), sandbox.stats().calls("getCatalogItem"), "no ASIN asked twice, no 404 retried");
            assertEquals(unlisted, sandbox.stats().status("getCatalogItem", 404));
            for (ConsumerRecord<String, String> r : records) {
                assertTrue(CanonicalSchemas.violations("amazon.products.v1", r.value()).isEmpty(),
                        () -> CanonicalSchemas.violations("amazon.products.v1", r.value()).toString());
                assertEquals(OrdersTopic.ALLOWED_HEADERS, OrdersTopic.headerNames(r), "only CloudEvents headers");
                JsonNode product = OrdersTopic.value(r);
                assertEquals(r.key(), SELLER.sellerId() + ":" + product.get("marketplaceId").asText() + ":" + product.get("asin").asText());
                assertTrue(product.hasNonNull("itemName"), r.value());
            }
        }
    }

    @Test
    void givenACatalogCallThatKeepsFailing_whenItsRetriesAreSpent_thenTheAskIsDeadLetteredAndTheOtherProductsArrive() throws Exception {
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().timeScale(TIME_SCALE).orderCount(10));
        // more 500s than one call's 1 + 6 redeliveries: the first ask fails for good
        sandbox.faults().failNext("getCatalogItem", 7, 500);
        bundle = BundleUnderTest.against(sandbox, TIME_SCALE, List.of(SELLER)).set("spapi.catalog.enabled", "true").start();

        try (TopicReader dlq = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("dlq"));
             TopicReader products = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("products"))) {
            JsonNode letter = OrdersTopic.value(await().atMost(Duration.ofSeconds(60)).until(dlq::poll, r -> !r.isEmpty()).get(0));
            assertEquals("/amazon/sp-api/catalog/2022-04-01", letter.get("source").asText());
            assertEquals(Set.of(), CanonicalSchemas.violations("amazon.dlq.v1", letter.toString()));
            assertTrue(letter.get("reason").asText().contains("500"), letter.toString());
            String subject = letter.get("subject").asText();
            assertTrue(subject.matches("[A-Z0-9]+:B[0-9A-Z]{9}"), subject);
            JsonNode ask = new com.fasterxml.jackson.databind.ObjectMapper().readTree(letter.get("payload").asText());
            assertEquals(subject, ask.get("marketplaceId").asText() + ":" + ask.get("asin").asText());
            await().atMost(Duration.ofSeconds(60)).until(() -> products.poll().size() >= 5);
            assertTrue(OrdersTopic.keys(products.poll()).stream().noneMatch(k -> k.endsWith(subject)) || products.poll().size() > 5,
                    "the others go on");
        }
    }

    @Test
    void givenAnExpiredNextTokenMidScan_whenTheInventoryStreamRuns_thenTheScanStartsAgainAndEverySkuArrivesOnceThenChangesFollow() throws Exception {
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().timeScale(TIME_SCALE).orderCount(5)
                .extraInventorySkus(120).inventoryTokenTtl(Duration.ofSeconds(1)));
        // the first page answers at once, the second only after its nextToken expired
        sandbox.faults().slowNext("getInventorySummaries", 1, Duration.ZERO);
        sandbox.faults().slowNext("getInventorySummaries", 1, Duration.ofMillis(1500));
        bundle = BundleUnderTest.against(sandbox, TIME_SCALE, List.of(SELLER))
                .set("spapi.orders.enabled", "false")
                .set("spapi.inventory.enabled", "true")
                .start();
        Set<String> expected = SELLER.marketplaceIds().stream()
                .flatMap(mp -> sandbox.inventory().summaries(SELLER.sellerId(), mp).stream()
                        .map(s -> SELLER.sellerId() + ":" + mp + ":" + s.get("sellerSku").asText()))
                .collect(Collectors.toSet());
        assertTrue(expected.size() > 2 * 100, "several pages per marketplace");

        try (TopicReader inventory = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("inventory"))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> OrdersTopic.keys(inventory.poll()).equals(expected));
            assertEquals(1, sandbox.stats().status("getInventorySummaries", 400), "the expired token was answered 400 once");
            assertEquals(expected.size(), inventory.poll().size(), "the restarted scan published nothing twice");
            for (ConsumerRecord<String, String> r : inventory.poll()) {
                assertTrue(CanonicalSchemas.violations("amazon.inventory.v1", r.value()).isEmpty(),
                        () -> CanonicalSchemas.violations("amazon.inventory.v1", r.value()).toString());
            }

            // an incremental scan (startDateTime) brings the level that changed
            String marketplaceId = SELLER.marketplaceIds().get(0);
            String sku = sandbox.inventory().summaries(SELLER.sellerId(), marketplaceId).get(0).get("sellerSku").asText();
            sandbox.inventory().update(SELLER.sellerId(), marketplaceId, sku, 7, Instant.now().truncatedTo(ChronoUnit.SECONDS));
            List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(30))
                    .until(inventory::poll, r -> r.size() > expected.size());
            JsonNode level = OrdersTopic.value(records.get(records.size() - 1));
            assertEquals(sku, level.get("sellerSku").asText());
            assertEquals(7, level.get("fulfillableQuantity").asInt());
        }
    }
}
