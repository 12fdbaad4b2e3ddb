package io.sellerbridge.it;

import io.sellerbridge.amazon.SellerRegistry;
import io.sellerbridge.sandbox.AmazonSandbox;
import io.sellerbridge.sandbox.SandboxOptions;
import io.sellerbridge.sandbox.SandboxSeller;
import io.sellerbridge.testing.BundleUnderTest;
import io.sellerbridge.testing.CanonicalSchemas;
import io.sellerbridge.testing.Closing;
import io.sellerbridge.testing.SharedKafka;
import io.sellerbridge.testing.TopicReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad data, failing pages and refused credentials: nothing is dropped silently, no checkpoint passes a failed window. */
class SpApiOrdersBadInputIntegrationTest {

    private AmazonSandbox sandbox;
    private BundleUnderTest bundle;

    @AfterEach
    void stop() throws Exception {
        Closing.closeAll(bundle, sandbox);
    }

    private void start(List<SandboxSeller> sellers) {
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().timeScale(100).orderCount(20)
                .history(Duration.ofDays(20)).sellers(sellers));
        bundle = BundleUnderTest.against(sandbox, 100, sellers).set("spapi.retry.maximum-redeliveries", "2");
    }

    @Test
    void givenAnUnknownEnumAndAMalformedItemsPage_whenSynced_thenBothGoToTheDeadLetterTopicAndTheRestIsPublished() throws Exception {
        start(List.of(SandboxSeller.DEFAULT));
        String sellerId = SandboxSeller.DEFAULT.sellerId();
        List<ObjectNode> seeded = sandbox.data().orders(sellerId);
        ObjectNode teleported = seeded.get(5);
        teleported.put("OrderStatus", "Teleported");
        // every attempt (1 + 2 redeliveries) at the first items page is garbled; one order at a time so that
        // the three garbled answers all go to the same order
        sandbox.faults().malformedNext("getOrderItems", 3);
        bundle.set("spapi.orders.parallel-orders", "1");
        bundle.start();

        try (TopicReader orders = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("orders"));
             TopicReader dlq = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("dlq"));
             TopicReader checkpoints = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("checkpoints"))) {
            List<ConsumerRecord<String, String>> letters = await().atMost(Duration.ofSeconds(60)).until(dlq::poll, l -> l.size() >= 2);
            await().atMost(Duration.ofSeconds(60)).until(() -> orders.poll().size() >= seeded.size() - 2);
            await().atMost(Duration.ofSeconds(30)).until(() -> checkpoints.poll().size() >= 1);

            assertEquals(seeded.size() - 2, orders.poll().size(), "the rest of the page went on");
            assertEquals(2, dlq.poll().size());
            JsonNode enumLetter = letters.stream().map(OrdersTopic::value)
                    .filter(l -> l.get("reason").asText().contains("Teleported")).findFirst().orElseThrow();
            assertEquals(sellerId, enumLetter.get("sellerId").asText());
            assertEquals(teleported.get("AmazonOrderId").asText(), enumLetter.get("amazonOrderId").asText());
            assertTrue(enumLetter.get("payload").asText().contains("\"Teleported\""), "raw payload kept");
            JsonNode malformedLetter = letters.stream().map(OrdersTopic::value)
                    .filter(l -> l.get("reason").asText().contains("not JSON")).findFirst().orElseThrow();
            assertEquals("getOrderItems", malformedLetter.get("operation").asText());
            assertTrue(!malformedLetter.get("payload").asText().isEmpty(), "the garbled body is kept");
            for (ConsumerRecord<String, String> letter : letters) {
                assertTrue(OrdersTopic.ALLOWED_HEADERS.containsAll(OrdersTopic.headerNames(letter)), () -> OrdersTopic.headerNames(letter).toString());
                assertEquals(CanonicalSchemas.shipped("amazon.dlq.v1").get("$id").asText(), OrdersTopic.headers(letter).get("ce_dataschema"));
                assertEquals(Set.of(), CanonicalSchemas.violations("amazon.dlq.v1", letter.value()));
            }
        }
    }

    @Test
    void givenAPageThatFailsAfterAllRetries_whenSynced_thenNoCheckpointIsCommittedUntilItSucceeds() throws Exception {
        start(List.of(SandboxSeller.DEFAULT));
        sandbox.faults().failNext("getOrders", 9, 500);
        bundle.start();
        int expected = sandbox.data().orders(SandboxSeller.DEFAULT.sellerId()).size();

        try (TopicReader orders = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("orders"));
             TopicReader checkpoints = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("checkpoints"))) {
            // three runs of three attempts each fail as a whole: nothing committed meanwhile
            await().atMost(Duration.ofSeconds(30)).until(() -> sandbox.stats().status("getOrders", 500) >= 9);
            assertEquals(0, checkpoints.poll().size(), "a failed window is never committed");
            await().atMost(Duration.ofSeconds(60)).until(() -> orders.poll().size() >= expected);
            await().atMost(Duration.ofSeconds(30)).until(() -> checkpoints.poll().size() >= 1);
            assertEquals(expected, orders.poll().size());
        }
    }

    @Test
    void givenOneOrdersItemsFailingAfterAllRetries_whenSynced_thenTheWindowIsRetriedAndEveryOrderArrivesOnce() throws Exception {
        start(List.of(SandboxSeller.DEFAULT));
        // 1 + 2 redeliveries: three failures in a row exhaust the first order's items call in the first run (one order
        // at a time, so they all reach the same order); the rest of the page is still published
        sandbox.faults().failNext("getOrderItems", 3, 500);
        bundle.set("spapi.orders.parallel-orders", "1");
        bundle.start();
        int expected = sandbox.data().orders(SandboxSeller.DEFAULT.sellerId()).size();

        try (TopicReader orders = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("orders"));
             TopicReader checkpoints = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("checkpoints"))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> checkpoints.poll().size() >= 2);
            List<ConsumerRecord<String, String>> records = orders.poll();
            assertEquals(3, sandbox.stats().status("getOrderItems", 500));
            assertEquals(expected, OrdersTopic.keys(records).size(), "every order arrived");
            assertEquals(expected, records.size(), "none twice: the failed window's orders were finished before it ended");
            assertTrue(sandbox.stats().calls("getOrders") >= 3, "the failed window was read again");
        }
    }

    @Test
    void givenARevokedRefreshToken_whenSynced_thenThatSellerStopsAndTheOtherGoesOn() throws Exception {
        start(List.of(SandboxSeller.DEFAULT, SandboxSeller.SECOND));
        sandbox.faults().revokeRefreshToken(SandboxSeller.DEFAULT.sellerId());
        bundle.start();
        int expected = sandbox.data().orders(SandboxSeller.SECOND.sellerId()).size();

        try (TopicReader orders = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("orders"))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> orders.poll().size() >= expected);
            SellerRegistry<?> sellers = bundle.context().getRegistry().lookupByNameAndType("sellers", SellerRegistry.class);
            String reason = sellers.stopped().get(SandboxSeller.DEFAULT.sellerId().toLowerCase());
            assertTrue(reason != null && reason.contains("invalid_grant") && reason.contains(".lwa.refresh-token"), String.valueOf(reason));
            assertTrue(!reason.contains(SandboxSeller.DEFAULT.refreshToken()), "the secret itself is never in the message");
            assertTrue(orders.poll().stream().allMatch(r -> r.key().startsWith(SandboxSeller.SECOND.sellerId() + ":")));
            long lwaCalls = sandbox.stats().calls("lwaToken");
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
            assertEquals(lwaCalls, sandbox.stats().calls("lwaToken"), "a stopped seller is not asked for again");
        }
    }
}
