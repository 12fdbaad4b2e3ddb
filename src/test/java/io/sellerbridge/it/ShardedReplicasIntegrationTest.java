package io.sellerbridge.it;

import io.sellerbridge.sandbox.AmazonSandbox;
import io.sellerbridge.sandbox.SandboxOptions;
import io.sellerbridge.sandbox.SandboxSeller;
import io.sellerbridge.testing.BundleUnderTest;
import io.sellerbridge.testing.SharedKafka;
import io.sellerbridge.testing.TopicReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three bundle processes with {@code cluster.mode = kafka} against one sandbox and one broker: the group shares the
 * sellers out, each seller polled by one replica; a replica killed with -9 loses its sellers to the others after
 * the session timeout, one stopped normally hands them over at once, and every order arrives once.
 */
class ShardedReplicasIntegrationTest {

    private static final int ITEMS_PAGE = 20;
    private static final Pattern POLLED = Pattern.compile(
            "sellerbridge_seller_polled\\{alias=\"([^\"]+)\",replica=\"([^\"]+)\",seller=\"[^\"]+\"} 1\\.0");

    private final List<SandboxSeller> sellers = IntStream.rangeClosed(1, 6).mapToObj(i -> new SandboxSeller(
            "A9SHARD00000" + i, SandboxSeller.DEFAULT.clientId(), SandboxSeller.DEFAULT.clientSecret(),
            "Atzr|shard-" + i, List.of("ATVPDKIKX0DER"), "AKIASHARD" + i, "shard-mws-secret", null)).toList();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, BundleUnderTest> replicas = new LinkedHashMap<>();
    private AmazonSandbox sandbox;
    private Path work;

    @AfterEach
    void stop() {
        processes.values().forEach(Process::destroyForcibly);
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private int itemCallsOfOneSync() {
        return sellers.stream().flatMap(s -> sandbox.data().orders(s.sellerId()).stream())
                .mapToInt(o -> Math.max(1, (sandbox.data().items(o.get("AmazonOrderId").asText()).size() + ITEMS_PAGE - 1) / ITEMS_PAGE))
                .sum();
    }

    /** Alias -> the replica whose metrics say it polls the seller, from every replica still running. */
    private Map<String, List<String>> pollers() throws Exception {
        Map<String, List<String>> pollers = new LinkedHashMap<>();
        for (Map.Entry<String, BundleUnderTest> r : replicas.entrySet()) {
            Process p = processes.get(r.getKey());
            if (p != null && p.isAlive()) {
                Matcher m = POLLED.matcher(r.getValue().metrics());
                while (m.find()) {
                    pollers.computeIfAbsent(m.group(1), a -> new ArrayList<>()).add(m.group(2));
                }
            }
        }
        return pollers;
    }

    private Set<String> aliases() {
        Set<String> all = new TreeSet<>();
        sellers.forEach(s -> all.add(BundleUnderTest.alias(s)));
        return all;
    }

    /** Every seller polled by exactly one running replica. */
    private boolean eachSellerHasOnePoller() throws Exception {
        Map<String, List<String>> pollers = pollers();
        return pollers.keySet().equals(aliases()) && pollers.values().stream().allMatch(p -> p.size() == 1);
    }

    private void start(String replica) throws java.io.IOException {
        processes.put(replica, replicas.get(replica).startProcess(work.resolve(replica + ".log")));
    }

    /** The replica's log so far (empty before it started writing). */
    private String log(String replica) throws java.io.IOException {
        Path file = work.resolve(replica + ".log");
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private List<String> touchOneOrderOfEachSeller() {
        Instant update = Instant.now().minus(Duration.ofMinutes(3));
        List<String> touched = new ArrayList<>();
        for (SandboxSeller s : sellers) {
            ObjectNode order = sandbox.data().orders(s.sellerId()).get(touched.size() % 5);
            sandbox.data().touch(order.get("AmazonOrderId").asText(), update);
            touched.add(order.get("AmazonOrderId").asText());
        }
        return touched;
    }

    @Test
    void givenThreeReplicasInOneGroup_thenEachSellerHasOnePoller_andKilledOrStoppedReplicasHandTheirSellersOver() throws Exception {
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().timeScale(100).orderCount(20).itemsPageSize(ITEMS_PAGE)
                .history(Duration.ofDays(10)).sellers(sellers));
        work = Files.createTempDirectory("sharded-replicas");
        BundleUnderTest first = BundleUnderTest.against(sandbox, 100, sellers)
                .set("spapi.catalog.enabled", "false").set("spapi.inventory.enabled", "false")
                .set("mws.orders.enabled", "false");
        for (String id : List.of("replica-a", "replica-b", "replica-c")) {
            replicas.put(id, (replicas.isEmpty() ? first : first.replica()).inKafkaGroup(id));
        }
        int expected = sellers.stream().mapToInt(s -> sandbox.data().orders(s.sellerId()).size()).sum();
        start("replica-a");
        start("replica-b");
        // the reader needs the topics the replicas create as they start
        await().atMost(Duration.ofSeconds(90)).until(() -> log("replica-a").contains("Routes startup")
                && log("replica-b").contains("Routes startup"));

        try (TopicReader orders = new TopicReader(SharedKafka.bootstrapServers(), first.topic("orders"))) {
            await().atMost(Duration.ofSeconds(120)).until(() -> orders.poll().size() >= expected);
            await().atMost(Duration.ofSeconds(60)).until(this::eachSellerHasOnePoller);

            // a third replica joins: the group moves partitions to it, from replicas that hand them over
            start("replica-c");
            await().atMost(Duration.ofSeconds(90)).until(() -> log("replica-c").contains("Replica replica-c now polls the sellers of partitions"));
            assertTrue(log("replica-a").contains("Replica replica-a hands over the sellers of partitions")
                    || log("replica-b").contains("Replica replica-b hands over the sellers of partitions"), "partitions moved");
            await().atMost(Duration.ofSeconds(30)).until(this::eachSellerHasOnePoller);
            await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).until(() -> true);
            long itemCalls = sandbox.stats().calls("getOrderItems");
            assertTrue(itemCalls <= itemCallsOfOneSync() * 1.1, "no seller polled twice: " + itemCalls + " getOrderItems"
                    + " calls for " + itemCallsOfOneSync() + " pages of items");
            assertEquals(expected, orders.poll().size(), "every order once");

            // kill -9 the replica that polls the most sellers: after the session timeout the others take them over
            Map<String, List<String>> before = pollers();
            String victim = replicas.keySet().stream().max(java.util.Comparator.comparingLong(id ->
                    before.values().stream().filter(p -> p.contains(id)).count())).orElseThrow();
            processes.get(victim).destroyForcibly().waitFor();
            List<String> touched = touchOneOrderOfEachSeller();
            await().atMost(Duration.ofSeconds(60)).until(() -> orders.poll().size() >= expected + touched.size());
            assertTrue(eachSellerHasOnePoller(), "the survivors poll every seller: " + pollers());

            // a normal stop leaves the group at once: the last replica polls everything, within a few seconds
            String leaving = replicas.keySet().stream().filter(id -> processes.containsKey(id) && processes.get(id).isAlive()).findFirst().orElseThrow();
            String last = replicas.keySet().stream().filter(id -> processes.get(id).isAlive() && !id.equals(leaving))
                    .findFirst().orElseThrow();
            processes.get(leaving).destroy();
            processes.get(leaving).waitFor();
            await().atMost(Duration.ofSeconds(5)).until(() -> pollers().values().stream().allMatch(p -> p.equals(List.of(last)))
                    && pollers().keySet().equals(aliases()));
            List<String> touchedAgain = touchOneOrderOfEachSeller();
            await().atMost(Duration.ofSeconds(60)).until(() -> orders.poll().size() >= expected + touched.size() + touchedAgain.size());
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> true);
            assertEquals(expected + touched.size() + touchedAgain.size(), orders.poll().size(),
                    "each new version once, nothing else again");
            assertEquals(expected, OrdersTopic.keys(orders.poll()).size(), "nothing lost");
        }
    }
}
