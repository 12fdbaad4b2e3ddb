package io.sellerbridge.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sellerbridge.sandbox.AmazonSandbox;
import io.sellerbridge.sandbox.OrderChangeNotifier;
import io.sellerbridge.sandbox.SandboxOptions;
import io.sellerbridge.sandbox.SandboxSeller;
import io.sellerbridge.testing.BundleUnderTest;
import io.sellerbridge.testing.ElasticMq;
import io.sellerbridge.testing.EmbeddedKafka;
import io.sellerbridge.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import static org.awaitility.Awaitility.await;

/**
 * Change-to-Kafka latency of orders in real time (Amazon's usage plans, time scale 1): orders change at a steady
 * rate in the sandbox, and the benchmark measures, per changed order version, the time from the change to its record
 * on {@code amazon.orders.v1} (the record's timestamp, set as the producer sent it).
 * <ul>
 *   <li>{@code notifications <changes> <seconds between changes>}: ORDER_CHANGE notifications through SQS
 *   (ElasticMQ), {@code -Dbench.drop=0.10} of them never sent, {@code -Dbench.duplicate=0.05} sent twice, the
 *   backstop poll every minute; prints the latency of the announced changes and of the dropped ones, and how many
 *   versions arrived twice or never.</li>
 *   <li>{@code polling <changes> <seconds between changes>}: no notifications, getOrders on its default schedule
 *   (every 5 minutes, windows ending 2 minutes before the run).</li>
 * </ul>
 * Both run as an installation that caught up long ago: getOrders starts 10 minutes back (spapi.orders.start PT10M),
 * so only the changes are read (the seeded orders are older). One change every 3 s stays under getOrder's and getOrderItems' 0.5/s.
 * Usage: mvn -q test-compile exec:java@bench-notifications -Dexec.args="notifications 30 3"
 */
public final class NotificationsBenchmark {

    private static final SandboxSeller SELLER = SandboxSeller.DEFAULT;
    private static final ObjectMapper JSON = new ObjectMapper();

    private NotificationsBenchmark() {
    }

    /** One change the benchmark made: the order's new version, when, and whether its notification was sent. */
    private record Change(String key, String version, Instant at, boolean announced) {
    }

    public static void main(String[] args) throws Exception {
        boolean notifications = !"polling".equals(args.length > 0 ? args[0] : "notifications");
        int changes = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        double every = args.length > 2 ? Double.parseDouble(args[2]) : 3;
        double drop = Double.parseDouble(System.getProperty("bench.drop", notifications ? "0.10" : "0"));
        double duplicate = Double.parseDouble(System.getProperty("bench.duplicate", notifications ? "0.05" : "0"));
        int exit = 1;
        try (EmbeddedKafka kafka = EmbeddedKafka.start();
             ElasticMq sqs = ElasticMq.start();
             AmazonSandbox sandbox = AmazonSandbox.start(SandboxOptions.defaults().timeScale(1)
                     .orderCount(Math.max(40, changes)).history(Duration.ofDays(10)).sellers(List.of(SELLER)))) {
            String queue = sqs.createQueue("seller-bridge-notifications");
            BundleUnderTest bundle = BundleUnderTest.against(sandbox, 1, List.of(SELLER), kafka.bootstrapServers())
                    .set("spapi.orders.schedule", "0 0/5 * * * ?")
                    // an installation in its steady state: its first window already covers the minutes before the
                    // first change, as every later one does, and the history is not read again
                    .set("spapi.orders.start", "PT10M")
                    .set("spapi.catalog.enabled", "false")
                    .set("spapi.inventory.enabled", "false");
            if (notifications) {
                // the backstop every minute, on the schedule's ticks (a subscribed seller is polled on no others)
                bundle.withNotifications(sqs, queue)
                        .set("spapi.notifications.sqs.wait-time-seconds", "20") // as in production
                        .set("spapi.orders.schedule", "0 * * * * ?")
                        .set("spapi.notifications.backstop-schedule", "0 * * * * ?");
            }
            if (notifications) {
                // the seller's subscription, made before the bundle runs; Amazon drops and repeats some notifications
                sandbox.notifications().deliverThrough(sqs.client());
                sandbox.notifications().subscribeOutside(SELLER, sqs.queueArn(queue));
                sandbox.notifications().dropShare(drop);
                sandbox.notifications().duplicateShare(duplicate);
            }
            exit = run(bundle.start(), sandbox, new OrderChangeNotifier(sandbox), kafka,
                    notifications, changes, every, drop, duplicate);
            bundle.close();
        } catch (Exception e) {
            e.printStackTrace();
        }
        System.exit(exit);
    }

    private static int run(BundleUnderTest bundle, AmazonSandbox sandbox, OrderChangeNotifier amazon,
                           EmbeddedKafka kafka, boolean notifications, int changes, double every, double drop,
                           double duplicate) throws Exception {
        List<String> ids = new ArrayList<>(sandbox.data().orders(SELLER.sellerId()).stream()
                .map(o -> o.get("AmazonOrderId").asText()).toList());
        try (TopicReader topic = new TopicReader(kafka.bootstrapServers(), bundle.topic("orders"))) {
            SplittableRandom rnd = new SplittableRandom(42);
            List<Change> made = new ArrayList<>();
            for (int i = 0; i < changes; i++) {
                String id = ids.remove(rnd.nextInt(ids.size()));
                Instant at = Instant.now();
                boolean announced = true;
                if (notifications) {
                    announced = amazon.change(SELLER.sellerId(), id).copies() > 0; // 0: the sandbox dropped it
                } else {
                    sandbox.data().touch(id, at);
                }
                made.add(new Change(SELLER.sellerId() + ":" + id, sandbox.data().order(id).get("LastUpdateDate").asText(),
                        at, announced));
                Thread.sleep((long) (every * 1000));
            }
            Map<String, List<Long>> arrivals = new HashMap<>();
            // a change is late at most: the next poll (5 min) after the end lag (2 min), or the next backstop minute
            await().pollInterval(Duration.ofSeconds(1)).atMost(Duration.ofMinutes(notifications ? 4 : 9)).until(() -> {
                arrivals.clear();
                for (ConsumerRecord<String, String> r : topic.poll()) {
                    String version = JSON.readTree(r.value()).get("lastUpdateDate").asText();
                    arrivals.computeIfAbsent(r.key() + "@" + version, k -> new ArrayList<>()).add(r.timestamp());
                }
                return made.stream().allMatch(c -> arrivals.containsKey(c.key() + "@" + c.version()));
            });
            report(bundle, notifications, made, arrivals, drop, duplicate);
            return 0;
        }
    }

    private static void report(BundleUnderTest bundle, boolean notifications, List<Change> made,
                               Map<String, List<Long>> arrivals, double drop, double duplicate) {
        List<Double> announced = new ArrayList<>();
        List<Double> missed = new ArrayList<>();
        long twice = 0;
        for (Change c : made) {
            List<Long> at = arrivals.get(c.key() + "@" + c.version());
            double seconds = (at.get(0) - c.at().toEpochMilli()) / 1000.0;
            (c.announced() ? announced : missed).add(seconds);
            twice += at.size() > 1 ? 1 : 0;
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "==== Change-to-Kafka latency, %s, %d changes, Amazon's rates (time scale 1) ====%n",
                notifications ? "ORDER_CHANGE notifications through SQS" : "polling getOrders every 5 minutes", made.size());
        if (notifications) {
            System.out.printf(Locale.ROOT, "notifications: %.0f %% never sent, %.0f %% sent twice; backstop poll every minute%n",
                    100 * drop, 100 * duplicate);
        }
        System.out.println(line(notifications ? "announced changes" : "changes", announced));
        if (!missed.isEmpty()) {
            System.out.println(line("changes without a notification (found by the backstop)", missed));
        }
        System.out.printf(Locale.ROOT, "versions published twice: %d; versions missing: 0 (every change arrived)%n", twice);
    }

    private static String line(String what, List<Double> seconds) {
        List<Double> sorted = seconds.stream().sorted().toList();
        return String.format(Locale.ROOT, "%s (%d): p50 %.2f s, p99 %.2f s, max %.2f s", what, sorted.size(),
                percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.get(sorted.size() - 1));
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
