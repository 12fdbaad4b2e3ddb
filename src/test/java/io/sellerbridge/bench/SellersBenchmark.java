package io.sellerbridge.bench;

import io.sellerbridge.sandbox.AmazonSandbox;
import io.sellerbridge.sandbox.SandboxOptions;
import io.sellerbridge.sandbox.SandboxSeller;
import io.sellerbridge.testing.BundleUnderTest;
import io.sellerbridge.testing.EmbeddedKafka;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Many sellers in one bundle process: {@code <sellers>} sellers of one application, {@code <orders>} orders each, the
 * sandbox at Amazon's rates sped up {@code <time-scale>} times, the sellers given as files (spapi.sellers.directory),
 * the bundle its own JVM with -Xmx512m. Prints the wall time until every order is on the topic next to one seller's
 * token-bucket bound (every seller has its own buckets, so that is the bound of all of them), the 429s, the bundle's
 * CPU seconds per Amazon call and its peak resident memory.
 *
 * <p>With {@code <replicas>} above 1, that many bundle processes share the sellers out ({@code cluster.mode = kafka})
 * and the first is killed with -9 once half the orders arrived: the run then also prints the getOrderItems calls next
 * to the fewest one sync needs (a seller polled twice, or a window read again after the kill, costs more).
 *
 * <p>Usage: mvn -B -q test-compile exec:java@bench-sellers -Dexec.args="200 300 5"; three replicas:
 * -Dexec.args="30 300 5 3"
 */
public final class SellersBenchmark {

    /** getOrderItems (Orders API v0): one call per order, 0.5/s burst 30, the longest bucket of the sync. */
    private static final double ITEMS_RATE = 0.5;
    private static final int ITEMS_BURST = 30;
    private static final int ITEMS_PAGE = 20;

    private SellersBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sellerCount = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int orders = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        double scale = args.length > 2 ? Double.parseDouble(args[2]) : 5;
        int replicaCount = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        List<SandboxSeller> sellers = new ArrayList<>();
        for (int i = 1; i <= sellerCount; i++) {
            sellers.add(new SandboxSeller(String.format(Locale.ROOT, "A2BENCH%07d", i), SandboxSeller.DEFAULT.clientId(),
                    SandboxSeller.DEFAULT.clientSecret(), "Atzr|bench-" + i, List.of("ATVPDKIKX0DER"),
                    "AKIABENCH" + i, "bench-mws-secret/+=", null));
        }
        int exit = 1;
        try (EmbeddedKafka kafka = EmbeddedKafka.start();
             AmazonSandbox sandbox = AmazonSandbox.start(SandboxOptions.defaults().timeScale(scale).orderCount(orders)
                     .itemsPageSize(ITEMS_PAGE).history(Duration.ofDays(20)).sellers(sellers))) {
            Path dir = Files.createDirectories(Path.of("target", "bench-sellers"));
            Path files = Files.createDirectories(dir.resolve("sellers"));
            try (var old = Files.list(files)) {
                old.forEach(f -> f.toFile().delete());
            }
            for (int i = 0; i < sellers.size(); i++) {
                SandboxSeller s = sellers.get(i);
                Files.writeString(files.resolve("s" + (i + 1) + ".properties"), String.join("\n",
                        "seller-id = " + s.sellerId(), "marketplace-ids = ATVPDKIKX0DER",
                        "lwa.client-id = " + s.clientId(), "lwa.client-secret = " + s.clientSecret(),
                        "lwa.refresh-token = " + s.refreshToken(), ""));
            }
            BundleUnderTest bundle = BundleUnderTest.against(sandbox, scale, List.of(), kafka.bootstrapServers())
                    .set("spapi.sellers.directory", files.toAbsolutePath().toString())
                    .set("spapi.orders.schedule", "0/10 * * * * ?")
                    .set("spapi.catalog.enabled", "false")
                    .set("spapi.inventory.enabled", "false")
                    .withOverridesFromSystemProperties();
            Set<String> expected = new HashSet<>();
            sellers.forEach(s -> sandbox.data().orders(s.sellerId())
                    .forEach(o -> expected.add(s.sellerId() + ":" + o.get("AmazonOrderId").asText())));
            List<Process> processes = new ArrayList<>();
            long start = System.nanoTime();
            for (int r = 1; r <= replicaCount; r++) {
                BundleUnderTest replica = r == 1 ? bundle : bundle.replica();
                if (replicaCount > 1) {
                    replica.inKafkaGroup("bench-replica-" + r).set("cluster.kafka.partitions", "60");
                }
                List<String> jvm = new ArrayList<>(List.of("-Xmx512m", "-XX:+UseParallelGC"));
                // -Dbench.jvm-options="...": more options for each bundle JVM (space-separated), to try a JVM setting
                String more = System.getProperty("bench.jvm-options", "").strip();
                if (!more.isEmpty()) {
                    jvm.addAll(List.of(more.split("\\s+")));
                }
                // -Dbench.jfr=true: a JFR recording of each bundle process, to see where its CPU goes
                if (Boolean.getBoolean("bench.jfr")) {
                    jvm.add("-XX:StartFlightRecording=settings=profile,filename="
                            + dir.resolve("bundle-" + r + ".jfr").toAbsolutePath());
                }
                processes.add(replica.startProcess(dir.resolve("bundle-" + r + ".log"), jvm));
            }
            // the bundle creates its topics as it starts
            try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(
                    java.util.Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                        .until(() -> admin.listTopics().names().get().contains(bundle.topic("orders")));
            }
            try (TopicKeys topic = new TopicKeys(kafka.bootstrapServers(), bundle.topic("orders"))) {
                Set<String> arrived = new HashSet<>();
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
                int seen = 0;
                double killedAt = Double.NaN;
                // the steady pace: CPU and calls from the moment a quarter of the orders arrived (start-up and most
                // JIT compilation behind) to the end
                long steadyCpuMs = -1;
                long steadyCalls = 0;
                ThreadCpu steadyThreads = null;
                long killedCpuMs = 0;
                long killedRssKb = 0;
                int expectedArrived = 0;
                while (expectedArrived < expected.size() && System.nanoTime() < deadline
                        && processes.stream().anyMatch(Process::isAlive)) {
                    for (String key : topic.pollNew()) {
                        seen++;
                        if (arrived.add(key) && expected.contains(key)) {
                            expectedArrived++;
                        }
                    }
                    if (replicaCount == 1 && steadyCpuMs < 0 && arrived.size() * 4 >= expected.size()) {
                        steadyCpuMs = cpuMillis(processes.get(0));
                        steadyThreads = ThreadCpu.of(processes.get(0).pid());
                        steadyCalls = sandbox.stats().totalCalls();
                    }
                    if (replicaCount > 1 && Double.isNaN(killedAt) && arrived.size() * 2 >= expected.size()) {
                        Process victim = processes.get(0);
                        killedCpuMs = cpuMillis(victim);
                        killedRssKb = peakRssKb(victim.pid());
                        victim.destroyForcibly().waitFor();
                        killedAt = (System.nanoTime() - start) / 1e9;
                    }
                }
                long end = System.nanoTime();
                double wall = (end - start) / 1e9;
                double wallFromFirstCall = (end - sandbox.stats().firstCallNanos("getOrders")) / 1e9;
                long peakRssKb = Math.max(killedRssKb, processes.stream().filter(Process::isAlive)
                        .mapToLong(p -> peakRssKb(p.pid())).max().orElse(-1));
                double cpu = (killedCpuMs + processes.stream().filter(Process::isAlive)
                        .mapToLong(SellersBenchmark::cpuMillis).sum()) / 1000.0;
                long calls = sandbox.stats().totalCalls();
                long throttled = sandbox.stats().totalThrottled();
                // one seller's bound: the getOrderItems calls its orders need (an order with more than a page of
                // items needs more than one), burst at once, the rest at the rate (scaled); the seller needing the
                // most calls bounds them all (each has its own buckets); getOrders needs far fewer
                long[] fewestPerSeller = sellers.stream().mapToLong(s -> fewestItemCalls(sandbox, s)).toArray();
                long mostItemCalls = java.util.Arrays.stream(fewestPerSeller).max().orElse(0);
                double bound = Math.max(0, mostItemCalls - ITEMS_BURST) / (ITEMS_RATE * scale);
                long itemCalls = sandbox.stats().calls("getOrderItems");
                long fewestItemCalls = java.util.Arrays.stream(fewestPerSeller).sum();
                arrived.retainAll(expected);
                System.out.println();
                System.out.printf(Locale.ROOT, "==== %d sellers x %d orders, time scale x%s, %s (-Xmx512m) ====%n",
                        sellerCount, orders, scale, replicaCount == 1 ? "one bundle process"
                                : replicaCount + " bundle processes, cluster.mode=kafka, the first killed -9 at "
                                + String.format(Locale.ROOT, "%.1f s", killedAt));
                System.out.printf(Locale.ROOT, "orders on the topic: %d of %d, records %d (versions published twice: %d = %.2f %%)%n",
                        arrived.size(), expected.size(), seen, seen - arrived.size(),
                        100.0 * (seen - arrived.size()) / Math.max(1, arrived.size()));
                System.out.printf(Locale.ROOT, "wall (first Amazon call -> last order): %.1f s; one seller's token-bucket"
                        + " bound %.1f s (%d getOrderItems calls, the most any seller needs; %d orders: %.1f s);"
                        + " ratio %.2f (from the process start: %.1f s, %.2f)%n", wallFromFirstCall, bound, mostItemCalls,
                        orders, Math.max(0, orders - ITEMS_BURST) / (ITEMS_RATE * scale), wallFromFirstCall / bound,
                        wall, wall / bound);
                System.out.printf(Locale.ROOT, "Amazon calls %d, throttled (429) %d = %.2f %%%n", calls, throttled,
                        100.0 * throttled / Math.max(1, calls));
                System.out.printf(Locale.ROOT, "getOrderItems calls %d, fewest one sync needs %d: %+.1f %%%n", itemCalls,
                        fewestItemCalls, 100.0 * (itemCalls - fewestItemCalls) / Math.max(1, fewestItemCalls));
                System.out.printf(Locale.ROOT, "bundle CPU %.1f s = %.2f ms per Amazon call; peak resident memory %d MB"
                        + " (largest process)%n", cpu, 1000 * cpu / Math.max(1, calls), peakRssKb / 1024);
                if (steadyCpuMs >= 0) {
                    double steadyCpu = cpu - steadyCpuMs / 1000.0;
                    System.out.printf(Locale.ROOT, "steady pace (from a quarter of the orders on the topic to the last):"
                            + " bundle CPU %.1f s for %d Amazon calls = %.2f ms per call%n", steadyCpu,
                            calls - steadyCalls, 1000 * steadyCpu / Math.max(1, calls - steadyCalls));
                    ThreadCpu now = ThreadCpu.of(processes.get(0).pid());
                    // compiling is once per process, however long it runs: the cost of a call once the code is warm
                    double compiler = now.compilerSince(steadyThreads);
                    System.out.printf(Locale.ROOT, "  of which the JIT compiler %.1f s; without it %.2f ms per call%n",
                            compiler, 1000 * (steadyCpu - compiler) / Math.max(1, calls - steadyCalls));
                    System.out.println("  by thread, steady: " + now.describeSince(steadyThreads, 8));
                    System.out.println("  by thread, whole run (live threads): " + now.describeSince(ThreadCpu.none(), 8));
                }
                // the rest of the machine: the sandbox, the broker and the reader run in this JVM
                double here = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis() / 1000.0)
                        .orElse(Double.NaN);
                System.out.printf(Locale.ROOT, "sandbox, broker and reader (this JVM) CPU %.1f s; both: %.2f of the"
                        + " machine's %d cores over the wall time%n", here, (here + cpu) / wall,
                        Runtime.getRuntime().availableProcessors());
                System.out.println(sandbox.stats().summary());
                exit = arrived.size() == expected.size() ? 0 : 1;
            } finally {
                for (Process process : processes) {
                    process.destroy();
                    process.waitFor(60, TimeUnit.SECONDS);
                }
            }
        }
        System.exit(exit);
    }

    /** The getOrderItems calls a seller's orders need at the least: one per page of items, at least one per order. */
    private static long fewestItemCalls(AmazonSandbox sandbox, SandboxSeller seller) {
        return sandbox.data().orders(seller.sellerId()).stream()
                .mapToLong(o -> Math.max(1, (sandbox.data().items(o.get("AmazonOrderId").asText()).size()
                        + ITEMS_PAGE - 1) / ITEMS_PAGE)).sum();
    }

    private static long cpuMillis(Process process) {
        return process.info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
    }

    /** VmHWM of a Linux process: its peak resident set, in kB; -1 where /proc does not tell. */
    private static long peakRssKb(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                    .filter(l -> l.startsWith("VmHWM:")).map(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .findFirst().orElse(-1L);
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
