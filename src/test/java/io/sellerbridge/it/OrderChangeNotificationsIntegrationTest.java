package io.sellerbridge.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sellerbridge.sandbox.AmazonSandbox;
import io.sellerbridge.sandbox.OrderChangeNotifier;
import io.sellerbridge.sandbox.SandboxNotifications;
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

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ORDER_CHANGE notifications through a real SQS-compatible server (ElasticMQ) and a real broker, with the sandbox's
 * Notifications API: the bundle makes the destination and the seller's subscription (or reuses those that exist, and
 * never makes one twice); each changed order is read with getOrder and published once, repeated notifications publish
 * nothing, a message that is not a notification goes to the dead-letter topic, and every message is deleted once
 * handled; a subscribed seller is no longer polled on the normal schedule, and the backstop poll publishes what no
 * notification announced, and counts it; a seller Amazon will not subscribe is polled as before, named in readiness.
 */
class OrderChangeNotificationsIntegrationTest {

    private static final SandboxSeller SELLER = SandboxSeller.DEFAULT;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Quartz: never within a test. */
    private static final String NEVER = "0 0 0 1 1 ? 2099";

    private AmazonSandbox sandbox;
    private ElasticMq sqs;
    private String queue;
    private String queueArn;
    private OrderChangeNotifier amazon;
    private BundleUnderTest bundle;
    private BundleUnderTest backstop;

    @BeforeEach
    void start() {
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().timeScale(100).orderCount(20)
                .history(Duration.ofDays(20)).sellers(List.of(SELLER)));
        sqs = ElasticMq.start();
        queue = sqs.createQueue("seller-bridge-notifications");
        queueArn = sqs.queueArn(queue);
        sandbox.notifications().deliverThrough(sqs.client());
        amazon = new OrderChangeNotifier(sandbox);
    }

    @AfterEach
    void stop() throws Exception {
        Closing.closeAll(backstop, bundle, sqs, sandbox);
    }

    private BundleUnderTest withNotifications(String backstopSchedule) {
        return BundleUnderTest.against(sandbox, 100, List.of(SELLER)).withNotifications(sqs, queue)
                .set("spapi.notifications.backstop-schedule", backstopSchedule);
    }

    private List<String> orderIds() {
        return sandbox.data().orders(SELLER.sellerId()).stream().map(o -> o.get("AmazonOrderId").asText()).toList();
    }

    /** getOrders calls once they stopped growing for 3 s (the schedule ticks every second). */
    private long pollsSettled() {
        long[] last = {-1};
        await().pollInterval(Duration.ofMillis(500)).during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(30))
                .until(() -> {
                    long now = sandbox.stats().calls("getOrders");
                    boolean same = now == last[0];
                    last[0] = now;
                    return same;
                });
        return last[0];
    }

    /** The bundle subscribed the seller at Amazon; returns the subscription. */
    private SandboxNotifications.Subscription subscribed() {
        return await().atMost(Duration.ofSeconds(30)).until(() -> sandbox.notifications().subscription(SELLER.sellerId()),
                Optional::isPresent).orElseThrow();
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
        SandboxNotifications.Subscription subscription = subscribed();
        assertEquals(queueArn, sandbox.notifications().destinations().get(0).arn());
        assertEquals(List.of("OrderStatusChange", "BuyerRequestedChange"), subscription.orderChangeTypes());
        try (TopicReader orders = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("orders"));
             TopicReader dlq = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("dlq"))) {
            // the first tick after the start polls every seller (what changed while the bundle was away); after it
            // only the backstop polls a subscribed seller, though the schedule ticks every second
            int history = await().atMost(Duration.ofSeconds(30)).until(orders::poll, l -> l.size() >= ids.size()).size();
            long pollsOnceSubscribed = pollsSettled();

            List<String> sent = ids.subList(0, 3).stream()
                    .map(id -> amazon.change(SELLER.sellerId(), id).notification()).toList();
            amazon.send(SELLER.sellerId(), sent.get(0)); // SQS delivers at least once: the same notification again
            amazon.send(SELLER.sellerId(), "{\"NotificationType\":\"ORDER_CHANGE\",\"Payload\":{}}"); // no order
            amazon.send(SELLER.sellerId(), sent.get(1).replace(SELLER.sellerId(), "A1SOMEOTHERSELLER"));

            Set<String> expected = ids.subList(0, 3).stream().map(id -> SELLER.sellerId() + ":" + id + "@"
                    + sandbox.data().order(id).get("LastUpdateDate").asText()).collect(Collectors.toSet());
            await().atMost(Duration.ofSeconds(30)).until(orders::poll, l -> l.size() >= history + 3);
            JsonNode letter = JSON.readTree(await().atMost(Duration.ofSeconds(30)).until(dlq::poll, l -> !l.isEmpty())
                    .get(0).value());
            await().atMost(Duration.ofSeconds(30)).until(() -> sqs.messages(queue) == 0);

            List<ConsumerRecord<String, String>> all = orders.poll();
            assertEquals(ids.size(), history, "the history once");
            assertEquals(expected, versions(all.subList(history, all.size())), "each changed version once, nothing else");
            assertEquals(history + 3, all.size());
            assertTrue(letter.get("reason").asText().contains("no SellerId"), letter.toString());
            assertEquals("{\"NotificationType\":\"ORDER_CHANGE\",\"Payload\":{}}", letter.get("payload").asText());
            assertEquals(pollsOnceSubscribed, sandbox.stats().calls("getOrders"), sandbox.stats().summary());
        }
        String metrics = bundle.metrics();
        assertTrue(metrics.contains("sellerbridge_order_change_latency_seconds_count{seller=\"" + SELLER.sellerId()
                + "\"} 3\n"), metrics);
        assertTrue(metrics.contains("sellerbridge_notifications_ignored_total{reason=\"unknown seller\""), metrics);
        assertTrue(metrics.contains("reason=\"version already published\""), metrics);
        // the repeated notification costs a getOrder too: only the order's current version tells it is known
        assertEquals(4, sandbox.stats().calls("getOrder"), sandbox.stats().summary());
        assertEquals(1, sandbox.notifications().destinationsCreated());
        assertEquals(1, sandbox.notifications().subscriptionsCreated());
    }

    @Test
    void givenNotificationsThatNeverCame_whenTheBackstopPolls_thenItPublishesWhatTheyMissedAndCountsIt() throws Exception {
        // a subscription made outside the bundle, before it ever ran: found and reused, nothing made twice
        String outside = sandbox.notifications().subscribeOutside(SELLER, queueArn).subscriptionId();
        bundle = withNotifications(NEVER).set("spapi.orders.schedule", NEVER).start();
        List<String> ids = orderIds();
        await().atMost(Duration.ofSeconds(30)).until(() -> sandbox.stats().calls("getSubscription") >= 1);
        ids.subList(0, 3).forEach(id -> amazon.change(SELLER.sellerId(), id));
        try (TopicReader orders = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("orders"))) {
            await().atMost(Duration.ofSeconds(30)).until(orders::poll, l -> l.size() >= 3);
        }
        assertEquals(outside, subscribed().subscriptionId());
        assertEquals(0, sandbox.stats().calls("createDestination") + sandbox.stats().calls("createSubscription"),
                sandbox.stats().summary());
        bundle.stop();
        // two changes whose notifications Amazon never delivered (a few minutes ago: getOrders reads up to 2 min ago)
        ids.subList(3, 5).forEach(id -> sandbox.data().touch(id, java.time.Instant.now().minus(Duration.ofMinutes(5))));

        backstop = bundle.replica().set("spapi.notifications.backstop-schedule", "* * * * * ?")
                .set("spapi.orders.schedule", "* * * * * ?").start();

        try (TopicReader orders = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("orders"))) {
            List<ConsumerRecord<String, String>> all = await().atMost(Duration.ofSeconds(60))
                    .until(orders::poll, l -> l.size() >= ids.size());
            Function<List<ConsumerRecord<String, String>>, Map<String, Long>> perKey = l -> l.stream()
                    .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
            assertEquals(ids.size(), all.size(), "every order's current version once");
            assertTrue(perKey.apply(all).values().stream().allMatch(n -> n == 1));
        }
        // the history the backstop read first, and the two changes: all but the three notified versions
        String metrics = backstop.metrics();
        assertTrue(metrics.contains("sellerbridge_orders_found_by_backstop_total{seller=\"" + SELLER.sellerId() + "\"} "
                + (ids.size() - 3) + ".0"), metrics);
    }

    @Test
    void givenASellerAmazonWillNotSubscribe_thenItIsPolledOnTheNormalScheduleAndReadinessSaysWhy() throws Exception {
        sandbox.notifications().refuseSubscriptions(SELLER.sellerId());
        bundle = withNotifications(NEVER).start();
        List<String> ids = orderIds();

        try (TopicReader orders = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("orders"))) {
            await().atMost(Duration.ofSeconds(30)).until(orders::poll, l -> l.size() >= ids.size());
            await().atMost(Duration.ofSeconds(30)).until(() -> bundle.readiness().body().contains(".notifications"));
            long polls = sandbox.stats().calls("getOrders");
            String foundByBackstop = backstopCount(bundle.metrics());
            // a change without a notification (none is sent: there is no subscription) is found by the normal poll
            String changed = ids.get(0);
            sandbox.data().touch(changed, java.time.Instant.now().minus(Duration.ofMinutes(5)));
            String version = SELLER.sellerId() + ":" + changed + "@" + sandbox.data().order(changed).get("LastUpdateDate").asText();
            await().atMost(Duration.ofSeconds(30)).until(() -> versions(orders.poll()).contains(version));
            assertTrue(sandbox.stats().calls("getOrders") > polls, sandbox.stats().summary());
            // the normal poll of a seller without notifications is no backstop (the first tick after the start, before
            // the refusal was known, may have counted the history)
            assertEquals(foundByBackstop, backstopCount(bundle.metrics()));
        }
        HttpResponse<String> ready = bundle.readiness();
        assertEquals(200, ready.statusCode(), ready.body());
        String detail = "spapi.seller." + BundleUnderTest.alias(SELLER) + ".notifications";
        assertTrue(ready.body().contains(detail) && ready.body().contains("HTTP 403"), ready.body());
        assertTrue(sandbox.notifications().subscription(SELLER.sellerId()).isEmpty());
    }

    @Test
    void givenAnotherClientCreatingTheSameFirst_whenAmazonAnswers409_thenTheBundleReadsAgainAndUsesThose()
            throws Exception {
        sandbox.notifications().raceNextCreates(2); // the destination and the subscription
        bundle = withNotifications(NEVER).start();

        SandboxNotifications.Subscription subscription = subscribed();
        await().atMost(Duration.ofSeconds(30)).until(() -> sandbox.stats().calls("getSubscription") >= 2);
        assertEquals(1, sandbox.stats().status("createDestination", 409), sandbox.stats().summary());
        assertEquals(1, sandbox.stats().status("createSubscription", 409), sandbox.stats().summary());
        assertEquals(2, sandbox.stats().calls("getDestinations"), sandbox.stats().summary());
        assertEquals(1, sandbox.notifications().destinations().size());
        assertEquals(0, sandbox.notifications().destinationsCreated() + sandbox.notifications().subscriptionsCreated());
        assertEquals(sandbox.notifications().destinations().get(0).destinationId(), subscription.destinationId());
        HttpResponse<String> ready = bundle.readiness();
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(!ready.body().contains(".notifications\""), "the seller is subscribed: " + ready.body());
    }

    @Test
    void givenTheArnOfAnotherQueue_thenNoSellerIsSubscribedToItAndEveryOneIsPolledAsWithoutNotifications()
            throws Exception {
        String other = sqs.queueArn(sqs.createQueue("somebody-elses-queue"));
        bundle = withNotifications(NEVER).set("spapi.notifications.sqs.queue-arn", other).start();

        await().atMost(Duration.ofSeconds(30)).until(() -> bundle.readiness().body().contains("queue-arn"));
        long polls = sandbox.stats().calls("getOrders");
        await().atMost(Duration.ofSeconds(30)).until(() -> sandbox.stats().calls("getOrders") > polls + 2);

        String ready = bundle.readiness().body();
        assertTrue(ready.contains("spapi.notifications.sqs.queue-arn is " + other + ", but the queue of"), ready);
        assertEquals(200, bundle.readiness().statusCode());
        assertEquals(0, sandbox.stats().calls("createDestination") + sandbox.stats().calls("createSubscription")
                + sandbox.stats().calls("getDestinations"), sandbox.stats().summary());
    }

    @Test
    void givenTheQueueFailing_whileTheBundleRuns_thenEverySellerIsPolledAndReadinessSaysWhy() throws Exception {
        bundle = withNotifications(NEVER).start();
        subscribed();
        long polls = pollsSettled(); // the subscribed seller: no more polls

        sqs.close(); // the queue cannot be read any more
        sqs = null;

        await().atMost(Duration.ofSeconds(60)).until(() -> bundle.readiness().body().contains("receive(s) from the queue failed"));
        await().atMost(Duration.ofSeconds(30)).until(() -> sandbox.stats().calls("getOrders") > polls + 2);
        assertEquals(200, bundle.readiness().statusCode());
    }

    @Test
    void givenSellersOnlyAsFiles_thenTheyAreSubscribedAndTheirChangesArrive(@org.junit.jupiter.api.io.TempDir
                                                                             java.nio.file.Path files) throws Exception {
        java.nio.file.Files.writeString(files.resolve("main.properties"), String.join("\n",
                "seller-id = " + SELLER.sellerId(), "marketplace-ids = " + String.join(",", SELLER.marketplaceIds()),
                "lwa.client-id = " + SELLER.clientId(), "lwa.client-secret = " + SELLER.clientSecret(),
                "lwa.refresh-token = " + SELLER.refreshToken(), ""));
        bundle = withNotifications(NEVER).set("spapi.sellers", "").set("spapi.sellers.directory", files.toString())
                .start();

        subscribed();
        String changed = orderIds().get(0);
        amazon.change(SELLER.sellerId(), changed);
        String version = SELLER.sellerId() + ":" + changed + "@" + sandbox.data().order(changed).get("LastUpdateDate").asText();
        try (TopicReader orders = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("orders"))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> versions(orders.poll()).contains(version));
        }
    }

    /** The seller's sellerbridge_orders_found_by_backstop_total line, or "none". */
    private static String backstopCount(String metrics) {
        return metrics.lines().filter(l -> l.startsWith("sellerbridge_orders_found_by_backstop_total{seller=\""
                + SELLER.sellerId())).findFirst().orElse("none");
    }
}
