package io.sellerbridge.it;

import io.sellerbridge.sandbox.AmazonSandbox;
import io.sellerbridge.sandbox.SandboxOptions;
import io.sellerbridge.sandbox.SandboxSeller;
import io.sellerbridge.testing.BundleUnderTest;
import io.sellerbridge.testing.SharedKafka;
import io.sellerbridge.testing.TopicReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two bundle processes with file-lock leader election against one sandbox and one broker: only the leader calls
 * Amazon; when it is killed, the other takes over from the committed checkpoint, losing and repeating nothing.
 */
class TwoReplicasIntegrationTest {

    private static final SandboxSeller SELLER = SandboxSeller.DEFAULT;
    private static final int ITEMS_PAGE = 20;

    private AmazonSandbox sandbox;
    private Process leader;
    private Process follower;

    @AfterEach
    void stop() {
        for (Process p : new Process[] {leader, follower}) {
            if (p != null) {
                p.destroyForcibly();
            }
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    /** The getOrderItems calls one sync of all orders takes: one per page of each order's items. */
    private int itemCallsOfOneSync() {
        return sandbox.data().orders(SELLER.sellerId()).stream()
                .mapToInt(o -> Math.max(1, (sandbox.data().items(o.get("AmazonOrderId").asText()).size() + ITEMS_PAGE - 1) / ITEMS_PAGE))
                .sum();
    }

    private static String firstWindowStart(Path log) throws java.io.IOException {
        String line = Files.readString(log).lines().filter(l -> l.contains("Orders window for seller")).findFirst().orElseThrow();
        return line.substring(line.indexOf("]): (") + 5, line.indexOf(", ", line.indexOf("]): (")));
    }

    @Test
    void givenTwoReplicas_thenOnlyTheLeaderPolls_andWhenItDiesTheOtherTakesOverWithoutLossOrDuplicates() throws Exception {
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().timeScale(100).orderCount(30).itemsPageSize(ITEMS_PAGE)
                .history(Duration.ofDays(10)).sellers(List.of(SELLER)));
        Path work = Files.createTempDirectory("two-replicas");
        BundleUnderTest first = BundleUnderTest.against(sandbox, 100, List.of(SELLER))
                .set("cluster.mode", "file").set("cluster.file.root", work.resolve("lock").toString())
                .set("cluster.file.acquire-lock-interval", "PT0.5S").set("cluster.id", "replica-a");
        BundleUnderTest second = first.replica().set("cluster.id", "replica-b");
        int expected = sandbox.data().orders(SELLER.sellerId()).size();

        // both replicas start at once: creating the missing topics must not fail the one that comes second
        leader = first.startProcess(work.resolve("a.log"));
        follower = second.startProcess(work.resolve("b.log"));
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.readString(work.resolve("a.log")).contains("Routes startup")
                && Files.readString(work.resolve("b.log")).contains("Routes startup"));
        try (TopicReader orders = new TopicReader(SharedKafka.bootstrapServers(), first.topic("orders"))) {
            await().atMost(Duration.ofSeconds(90)).until(() -> orders.poll().size() >= expected);
            // which one won the lock: the other one must not have polled
            Path leaderLog = Files.readString(work.resolve("a.log")).contains("Orders window for seller") ? work.resolve("a.log") : work.resolve("b.log");
            Path followerLog = leaderLog.endsWith("a.log") ? work.resolve("b.log") : work.resolve("a.log");
            if (leaderLog.endsWith("b.log")) {
                Process p = leader;
                leader = follower;
                follower = p;
            }
            // a few schedule ticks with both replicas up
            await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);

            assertEquals(itemCallsOfOneSync(), sandbox.stats().calls("getOrderItems"), "Amazon saw one poller: " + sandbox.stats().summary());
            assertFalse(Files.readString(followerLog).contains("Orders window for seller"), "the follower did not poll");

            leader.destroyForcibly().waitFor();
            List<ObjectNode> touched = sandbox.data().orders(SELLER.sellerId()).subList(0, 3);
            Instant update = Instant.now().minus(Duration.ofMinutes(3));
            touched.forEach(o -> sandbox.data().touch(o.get("AmazonOrderId").asText(), update));

            List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(60))
                    .until(orders::poll, r -> r.size() >= expected + 3);
            assertTrue(Files.readString(followerLog).contains("Orders window for seller"), "the other replica took over");
            // the first leader started 30 days back (spapi.orders.start); its successor from the committed checkpoint
            assertTrue(Instant.parse(firstWindowStart(leaderLog)).isBefore(Instant.now().minus(Duration.ofDays(29))));
            assertTrue(Instant.parse(firstWindowStart(followerLog)).isAfter(Instant.now().minus(Duration.ofHours(1))),
                    "the new leader resumed from the committed checkpoint: " + firstWindowStart(followerLog));
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> true);
            records = orders.poll();
            assertEquals(expected + 3, records.size(), "the three new versions once, nothing else again");
            assertEquals(expected, OrdersTopic.keys(records).size(), "nothing lost");
        }
    }
}
