package io.sellerbridge.demo;

import io.sellerbridge.sandbox.AmazonSandbox;
import io.sellerbridge.sandbox.OrderChangeNotifier;
import io.sellerbridge.sandbox.SandboxSeller;
import io.sellerbridge.testing.BundleUnderTest;
import io.sellerbridge.testing.ElasticMq;
import io.sellerbridge.testing.TopicReader;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.awaitility.Awaitility.await;

/**
 * {@code -Ddemo.notifications=true}: orders in seconds. An SQS-compatible server (ElasticMQ) runs in the demo's JVM;
 * the bundle makes the queue's destination and the sellers' ORDER_CHANGE subscriptions in the sandbox's Notifications
 * API; once the history has arrived, orders change one after another and the demo prints how long each new version
 * took to reach the topic (getOrders could not see them before its end lag of 2 minutes).
 */
final class DemoNotifications implements AutoCloseable {

    private static final int CHANGES = 5;

    private final ElasticMq sqs;

    private DemoNotifications(ElasticMq sqs) {
        this.sqs = sqs;
    }

    /** Off unless -Ddemo.notifications=true; SP-API only (MWS has no ORDER_CHANGE notifications). */
    static DemoNotifications fromSystemProperties(boolean mws) {
        return !mws && Boolean.getBoolean("demo.notifications") ? new DemoNotifications(ElasticMq.start()) : null;
    }

    void configure(BundleUnderTest bundle, AmazonSandbox sandbox) {
        String queue = sqs.createQueue("seller-bridge-notifications");
        sandbox.notifications().deliverThrough(sqs.client());
        bundle.withNotifications(sqs, queue)
                // the demo's history must not wait for a 30-minute backstop
                .set("spapi.notifications.backstop-schedule", "0/5 * * * * ?");
        System.out.printf("[demo] notifications: ORDER_CHANGE through SQS at %s (ElasticMQ); the bundle subscribes the"
                + " sellers itself%n", sqs.endpoint());
    }

    /** Changes orders of the first seller and prints when each new version reached the topic; true if all did. */
    boolean show(AmazonSandbox sandbox, SandboxSeller seller, TopicReader topic) throws Exception {
        OrderChangeNotifier amazon = new OrderChangeNotifier(sandbox);
        List<String> ids = sandbox.data().orders(seller.sellerId()).stream()
                .map(o -> o.get("AmazonOrderId").asText()).limit(CHANGES).toList();
        System.out.printf("%n==== Orders in seconds: %d orders of %s change, Amazon sends ORDER_CHANGE ====%n",
                ids.size(), seller.sellerId());
        List<Double> seconds = new ArrayList<>();
        for (String id : ids) {
            long start = System.nanoTime();
            amazon.change(seller.sellerId(), id);
            String version = sandbox.data().order(id).get("LastUpdateDate").asText();
            try {
                await().pollInterval(Duration.ofMillis(50)).atMost(Duration.ofSeconds(30)).until(() -> topic.poll()
                        .stream().anyMatch(r -> r.key().endsWith(":" + id)
                                && version.equals(Demo.value(r).path("lastUpdateDate").asText())));
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                System.out.printf("  %s changed at %s: not on the topic after 30 s%n", id, version);
                continue;
            }
            seconds.add((System.nanoTime() - start) / 1e9);
            System.out.printf(Locale.ROOT, "  %s changed at %s: on amazon.orders.v1 after %.2f s%n", id, version,
                    seconds.get(seconds.size() - 1));
        }
        return seconds.size() == ids.size();
    }

    @Override
    public void close() {
        sqs.close();
    }
}
