package io.sellerbridge.bench;

import io.sellerbridge.sandbox.AmazonSandbox;
import io.sellerbridge.sandbox.SandboxOptions;
import io.sellerbridge.sandbox.SandboxSeller;
import io.sellerbridge.testing.BundleUnderTest;
import io.sellerbridge.testing.EmbeddedKafka;
import io.sellerbridge.testing.TopicReader;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static org.awaitility.Awaitility.await;

/**
 * Sync efficiency: time to sync N orders with their items through the real bundle, against the least time Amazon's
 * token buckets allow for the same calls (burst spent at once, then one call per 1/rate). Time-scaled sandbox and
 * bundle (rates x scale, bursts unchanged), embedded KRaft broker.
 * Usage: mvn -q test-compile exec:java@bench -Dexec.args="300 100"   (orders, time scale); -Dbench.api=mws for MWS
 */
public final class SyncBenchmark {

    private static final double GET_ORDERS_RATE = 0.0167;
    private static final int GET_ORDERS_BURST = 20;
    private static final double ITEMS_RATE = 0.5;
    private static final int ITEMS_BURST = 30;

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        double scale = args.length > 1 ? Double.parseDouble(args[1]) : 100;
        boolean warmUp = Boolean.parseBoolean(System.getProperty("bench.warm-up", "true"));
        int exit = 1;
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            if (warmUp) {
                // the same sync once on a cold JVM, so JIT compilation on 2 cores does not count against Amazon's
                // time: the bundle runs for days, its first seconds are not its pace. Both results are printed.
                measure("cold JVM (warm-up)", orders, scale, kafka);
            }
            exit = measure(warmUp ? "warm JVM" : "cold JVM", orders, scale, kafka);
        } catch (Exception e) {
            e.printStackTrace();
        }
        System.exit(exit);
    }

    private static int measure(String label, int orders, double scale, EmbeddedKafka kafka) throws Exception {
        try (AmazonSandbox sandbox = AmazonSandbox.start(SandboxOptions.defaults().timeScale(scale).orderCount(orders)
                .history(Duration.ofDays(20)).sellers(List.of(SandboxSeller.DEFAULT)))) {
            return run(label, scale, kafka, sandbox);
        }
    }

    /** The calls one API makes for a sync, and Amazon's quotas for them. */
    record Api(String name, String throttledName, String ordersOp, String ordersNextOp, double ordersRate, int ordersBurst,
               String itemsOp, String itemsNextOp, double itemsRate, int itemsBurst) {

        static final Api SP_API = new Api("SP-API", "429s", "getOrders", null, GET_ORDERS_RATE, GET_ORDERS_BURST,
                "getOrderItems", null, ITEMS_RATE, ITEMS_BURST);
        static final Api MWS = new Api("MWS", "503 RequestThrottled", "ListOrders", "ListOrdersByNextToken", 1 / 60.0, 6,
                "ListOrderItems", "ListOrderItemsByNextToken", 0.5, 30);

        long calls(AmazonSandbox sandbox, String op, String nextOp) {
            return sandbox.stats().calls(op) + (nextOp == null ? 0 : sandbox.stats().calls(nextOp));
        }

        long throttled(AmazonSandbox sandbox, String op, String nextOp) {
            return sandbox.stats().throttled(op) + (nextOp == null ? 0 : sandbox.stats().throttled(nextOp));
        }

        long itemCalls(AmazonSandbox sandbox) {
            return calls(sandbox, itemsOp, itemsNextOp);
        }
    }

    private static int run(String label, double scale, EmbeddedKafka kafka, AmazonSandbox sandbox) throws Exception {
        Api api = "mws".equalsIgnoreCase(System.getProperty("bench.api", "spapi")) ? Api.MWS : Api.SP_API;
        String seller = SandboxSeller.DEFAULT.sellerId();
        int expected = sandbox.data().orders(seller).size();
        BundleUnderTest bundle = BundleUnderTest.against(sandbox, scale, List.of(SandboxSeller.DEFAULT), kafka.bootstrapServers());
        if (api == Api.MWS) {
            bundle.viaMws();
        }
        // any -Dspapi.* / -Dmws.* / -Dkafka.* system property overrides the bundle's (e.g. -Dspapi.orders.parallel-orders=8)
        System.getProperties().stringPropertyNames().stream()
                .filter(k -> k.startsWith("spapi.") || k.startsWith("mws.") || k.startsWith("kafka."))
                .forEach(k -> bundle.set(k, System.getProperty(k)));
        try {
            bundle.start();
        } catch (Exception e) {
            bundle.stop();
            throw e;
        }
        try (TopicReader topic = new TopicReader(kafka.bootstrapServers(), bundle.topic("orders"))) {
            StringBuilder timeline = new StringBuilder();
            long[] nextMark = {0};
            await().pollInterval(Duration.ofMillis(20)).atMost(Duration.ofMinutes(30)).until(() -> {
                Long first = sandbox.stats().firstCallNanos(api.ordersOp());
                if (first != null && System.nanoTime() - first >= nextMark[0]) {
                    timeline.append(String.format(Locale.ROOT, " %.1fs:%d", nextMark[0] / 1e9, api.itemCalls(sandbox)));
                    nextMark[0] += nextMark[0] < 1_000_000_000L * 100 / scale ? (long) (5e7 * 100 / scale) : (long) (5e8 * 100 / scale);
                }
                return topic.poll().size() >= expected;
            });
            long done = System.nanoTime();
            long start = sandbox.stats().firstCallNanos(api.ordersOp());
            long lastItemsCall = java.util.stream.Stream.of(api.itemsOp(), api.itemsNextOp()).filter(java.util.Objects::nonNull)
                    .map(op -> sandbox.stats().lastCallNanos(op)).filter(java.util.Objects::nonNull).mapToLong(Long::longValue).max().orElse(done);
            double wall = (done - start) / 1e9;
            double lastCall = (lastItemsCall - start) / 1e9;

            long ordersCalls = api.calls(sandbox, api.ordersOp(), api.ordersNextOp());
            long itemsCalls = api.itemCalls(sandbox);
            long ordersThrottled = api.throttled(sandbox, api.ordersOp(), api.ordersNextOp());
            long itemsThrottled = api.throttled(sandbox, api.itemsOp(), api.itemsNextOp());
            long throttled = ordersThrottled + itemsThrottled;
            long allCalls = ordersCalls + itemsCalls;
            // what the buckets allow for the calls that succeeded: burst at once, the rest at the refill rate
            double ordersBound = Math.max(0, (ordersCalls - ordersThrottled - api.ordersBurst()) / (api.ordersRate() * scale));
            double itemsBound = Math.max(0, (itemsCalls - itemsThrottled - api.itemsBurst()) / (api.itemsRate() * scale));
            double bound = Math.max(ordersBound, itemsBound);
            System.out.println();
            System.out.println("==== " + api.name() + " sync benchmark, " + label + " ====");
            System.out.printf(Locale.ROOT, "orders %d (items %d), time scale x%.0f: %s %.4f/s burst %d, %s %.1f/s burst %d%n",
                    expected, sandbox.data().totalItems(seller), scale, api.ordersOp(), api.ordersRate() * scale, api.ordersBurst(),
                    api.itemsOp(), api.itemsRate() * scale, api.itemsBurst());
            System.out.printf(Locale.ROOT, "calls: %s %d, %s %d; %s %d (%.2f%% of calls)%n", api.ordersOp(), ordersCalls,
                    api.itemsOp(), itemsCalls, api.throttledName(), throttled, 100.0 * throttled / allCalls);
            System.out.printf(Locale.ROOT, "wall time (first call -> all records read back): %.2f s; first call -> last Amazon call: %.2f s%n", wall, lastCall);
            System.out.printf(Locale.ROOT, "minimum the token buckets allow: %.2f s (%s %.2f s, %s %.2f s)%n", bound,
                    api.ordersOp(), ordersBound, api.itemsOp(), itemsBound);
            System.out.println(api.itemsOp() + " calls over time:" + timeline);
            System.out.printf(Locale.ROOT, "sync efficiency ratio (wall / minimum): %.3f  (Amazon time: wall %.0f s vs minimum %.0f s)%n",
                    wall / bound, wall * scale, bound * scale);
            return 0;
        } finally {
            bundle.stop();
        }
    }
}
