package io.sellerbridge.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sellerbridge.sandbox.AmazonSandbox;
import io.sellerbridge.sandbox.OrderChangeNotifier;
import io.sellerbridge.sandbox.SandboxOptions;
import io.sellerbridge.sandbox.SandboxSeller;
import io.sellerbridge.testing.BundleUnderTest;
import io.sellerbridge.testing.Closing;
import io.sellerbridge.testing.ElasticMq;
import io.sellerbridge.testing.SharedKafka;
import io.sellerbridge.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ORDER_CHANGE notifications through a real SQS-compatible server (ElasticMQ) and a real broker: each changed order
 * is read with getOrder and published once, repeated notifications publish nothing, a message that is not a
 * notification goes to the dead-letter topic, and every message is deleted once handled; the backstop poll publishes
 * what no notification announced, and counts it.
 */
class OrderChangeNotificationsIntegrationTest {

    private static final SandboxSeller SELLER = SandboxSeller.DEFAULT;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Quartz: never within a test. */
    private static final String NEVER = "0 0 0 1 1 ? 2099";

    private final HttpClient http = HttpClient.newHttpClient();
    private AmazonSandbox sandbox;
    private ElasticMq sqs;
    private String queue;
    private OrderChangeNotifier amazon;
    private BundleUnderTest bundle;
    private BundleUnderTest backstop;

    @BeforeEach
    void start() {
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().timeScale(100).orderCount(20)
                .history(Duration.ofDays(20)).sellers(List.of(SELLER)));
        sqs = ElasticMq.start();
        queue = sqs.createQueue("seller-bridge-notifications");
        sandbox.notifications().deliverThrough(sqs.client());
        sandbox.notifications().subscribeOutside(SELLER, sqs.queueArn(queue));
        amazon = new OrderChangeNotifier(sandbox);
    }

    @AfterEach
    void stop() throws Exception {
        Closing.closeAll(backstop, bundle, sqs, sandbox);
    }

    private BundleUnderTest withNotifications(String backstopSchedule) {
        return BundleUnderTest.against(sandbox, 100, List.of(SELLER))
                .set("spapi.notifications.enabled", "true")
                .set("spapi.notifications.sqs.queue-url", queue)
                .set("spapi.notifications.sqs.endpoint", sqs.endpoint())
                .set("spapi.notifications.backstop-schedule", backstopSchedule);
    }

    private List<String> orderIds() {
        return sandbox.data().orders(SELLER.sellerId()).stream().map(o -> o.get("AmazonOrderId").asText()).toList();
    }

    private String metrics(BundleUnderTest b) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(b.managementUrl() + "/observe/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static Set<String> versions(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(r -> {
            try {
                return r.key() + "@" + JSON.readTree(r.value()).get("lastUpdateDate").asText();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.toSet());
    }

    @Test
    void givenNotifications_whenOrdersChange_thenEachChangedVersionIsPublishedOnceAndEveryMessageIsDeleted()
            throws Exception {
        bundle = withNotifications(NEVER).start();
        List<String> ids = orderIds();

        List<String> sent = ids.subList(0, 3).stream()
                .map(id -> amazon.change(SELLER.sellerId(), id).notification()).toList();
        amazon.send(SELLER.sellerId(), sent.get(0)); // SQS delivers at least once: the same notification again
        amazon.send(SELLER.sellerId(), "{\"NotificationType\":\"ORDER_CHANGE\",\"Payload\":{}}"); // no order in it
        amazon.send(SELLER.sellerId(), sent.get(1).replace(SELLER.sellerId(), "A1SOMEOTHERSELLER"));

        Set<String> expected = ids.subList(0, 3).stream()
                .map(id -> SELLER.sellerId() + ":" + id + "@" + sandbox.data().order(id).get("LastUpdateDate").asText())
                .collect(Collectors.toSet());
        try (TopicReader orders = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("orders"));
             TopicReader dlq = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("dlq"))) {
            List<ConsumerRecord<String, String>> published = await().atMost(Duration.ofSeconds(30))
                    .until(orders::poll, l -> l.size() >= 3);
            JsonNode letter = JSON.readTree(await().atMost(Duration.ofSeconds(30)).until(dlq::poll, l -> !l.isEmpty())
                    .get(0).value());
            await().atMost(Duration.ofSeconds(30)).until(() -> sqs.messages(queue) == 0);

            assertEquals(expected, versions(orders.poll()), "each changed version once, nothing else");
            assertEquals(3, published.size());
            assertTrue(letter.get("reason").asText().contains("no SellerId"), letter.toString());
            assertEquals("{\"NotificationType\":\"ORDER_CHANGE\",\"Payload\":{}}", letter.get("payload").asText());
        }
        String metrics = metrics(bundle);
        assertTrue(metrics.contains("sellerbridge_order_change_latency_seconds_count{seller=\"" + SELLER.sellerId()
                + "\"} 3\n"), metrics);
        assertTrue(metrics.contains("sellerbridge_notifications_ignored_total{reason=\"unknown seller\""), metrics);
        assertTrue(metrics.contains("reason=\"version already published\""), metrics);
        // the repeated notification costs a getOrder too: only the order's current version tells it is known
        assertEquals(4, sandbox.stats().calls("getOrder"), sandbox.stats().summary());
        assertEquals(0, sandbox.stats().calls("getOrders"), "no poll: the backstop is not due");
    }

    @Test
    void givenNotificationsThatNeverCame_whenTheBackstopPolls_thenItPublishesWhatTheyMissedAndCountsIt() throws Exception {
        bundle = withNotifications(NEVER).start();
        List<String> ids = orderIds();
        ids.subList(0, 3).forEach(id -> amazon.change(SELLER.sellerId(), id));
        try (TopicReader orders = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("orders"))) {
            await().atMost(Duration.ofSeconds(30)).until(orders::poll, l -> l.size() >= 3);
        }
        bundle.stop();
        // two changes whose notifications Amazon never delivered (a few minutes ago: getOrders reads up to 2 min ago)
        ids.subList(3, 5).forEach(id -> sandbox.data().touch(id, java.time.Instant.now().minus(Duration.ofMinutes(5))));

        backstop = bundle.replica().set("spapi.notifications.backstop-schedule", "* * * * * ?").start();

        try (TopicReader orders = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("orders"))) {
            List<ConsumerRecord<String, String>> all = await().atMost(Duration.ofSeconds(60))
                    .until(orders::poll, l -> l.size() >= ids.size());
            Function<List<ConsumerRecord<String, String>>, Map<String, Long>> perKey = l -> l.stream()
                    .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
            assertEquals(ids.size(), all.size(), "every order's current version once");
            assertTrue(perKey.apply(all).values().stream().allMatch(n -> n == 1));
        }
        // the history the backstop read first, and the two changes: all but the three notified versions
        String metrics = metrics(backstop);
        assertTrue(metrics.contains("sellerbridge_orders_found_by_backstop_total{seller=\"" + SELLER.sellerId() + "\"} "
                + (ids.size() - 3) + ".0"), metrics);
    }
}
