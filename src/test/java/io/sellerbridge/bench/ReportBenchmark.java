package io.sellerbridge.bench;

import io.sellerbridge.sandbox.AmazonSandbox;
import io.sellerbridge.sandbox.SandboxOptions;
import io.sellerbridge.sandbox.SandboxSeller;
import io.sellerbridge.testing.BundleUnderTest;
import io.sellerbridge.testing.EmbeddedKafka;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;

/**
 * Reports through the real bundle, as its own JVM process, against the sandbox and an embedded KRaft broker.
 * <ul>
 *   <li>{@code memory <rows> [reports]}: generated order reports of that many rows each (2 by default, one per
 *   one-day window of a backfill) streamed to Kafka by a bundle with {@code -Xmx256m}, one after the other: the first
 *   on a JVM that just started, the next ones on a warm one, as a long backfill's reports are; prints each report's
 *   rows/s next to Kafka's own producer, and the peak heap from the bundle's GC log.</li>
 *   <li>{@code backfill <orders> <time scale>}: the sandbox's orders (one marketplace, 90 days) backfilled through
 *   order reports; prints the time against the least Amazon's usage plans allow for the report calls.</li>
 * </ul>
 * Usage: mvn -q test-compile exec:java@bench-reports -Dexec.args="memory 1000000 2"
 */
public final class ReportBenchmark {

    private static final SandboxSeller SELLER = new SandboxSeller("A2BENCHSELLER1", "amzn1.application-oa2-client.bench",
            "bench-client-secret", "Atzr|bench-seller-1", List.of("ATVPDKIKX0DER"));
    /** "15:00:12.841" or ISO8601's "2026-11-29T15:00:12,841" */
    private static final Pattern LOG_TIME = Pattern.compile("(\\d{2}:\\d{2}:\\d{2})[.,](\\d{3})");
    private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "memory";
        int exit = 1;
        try (EmbeddedKafka kafka = EmbeddedKafka.start()) {
            exit = "backfill".equals(mode)
                    ? backfill(args.length > 1 ? Integer.parseInt(args[1]) : 100_000, args.length > 2 ? Double.parseDouble(args[2]) : 1000, kafka)
                    : memory(args.length > 1 ? Long.parseLong(args[1]) : 1_000_000L, args.length > 2 ? Integer.parseInt(args[2]) : 2, kafka);
        } catch (Exception e) {
            e.printStackTrace();
        }
        System.exit(exit);
    }

    private static int memory(long rows, int reports, EmbeddedKafka kafka) throws Exception {
        SandboxOptions options = SandboxOptions.defaults().sellers(List.of(SELLER)).orderCount(0)
                .syntheticOrderReportRows(rows).reportProcessingTime(Duration.ofSeconds(1));
        try (AmazonSandbox sandbox = AmazonSandbox.start(options)) {
            Path dir = Files.createDirectories(Path.of("target", "bench-reports"));
            Path gcLog = dir.resolve("gc.log");
            Path log = dir.resolve("bundle.log");
            // one report per one-day window: a backfill of `reports` days, read one report after the other
            BundleUnderTest bundle = reportsBundle(sandbox, 1, kafka, Instant.now().minus(Duration.ofDays(reports)))
                    .set("spapi.reports.orders.window", "P1D");
            long start = System.nanoTime();
            List<String> jvm = new java.util.ArrayList<>(List.of("-Xmx256m", "-Xlog:gc:file=" + gcLog.toAbsolutePath()));
            // -Dbench.jfr=<file>: a Java Flight Recording of the bundle, to see where the time goes
            // -Dbench.jvm="<options>": more options for the bundle's JVM, e.g. another garbage collector
            jvm.addAll(java.util.Arrays.stream(System.getProperty("bench.jvm", "").split(" ")).filter(o -> !o.isBlank()).toList());
            String jfr = System.getProperty("bench.jfr", "");
            if (!jfr.isEmpty()) {
                jvm.add("-XX:StartFlightRecording=settings=profile,filename=" + Path.of(jfr).toAbsolutePath());
            }
            Process process = bundle.startProcess(log, jvm);
            try {
                awaitHandOver(log, Duration.ofMinutes(60));
                double wall = (System.nanoTime() - start) / 1e9;
                double bundleCpu = process.info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(Double.NaN);
                double brokerCpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                        .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
                long total = recordsOn(kafka, bundle.topic("orders"));
                // the generated report is a function of (seed, seller, rows): every report has the same orders, dated
                // within its own window, so each is new and the topic holds the same number from each
                long records = total / reports;
                List<ReportSpan> spans = reportSpans(Files.readAllLines(log), reports);
                // Kafka's own pace for the same records, against the same broker, once the bundle is done
                RawProducerRate.Shape shape = RawProducerRate.shape(kafka.bootstrapServers(), bundle.topic("orders"), 2000);
                // three runs, each to a fresh topic: the broker's pace moves from run to run (its log cleaner compacts
                // the bundle's topics meanwhile); the median is the comparison
                double[] raws = new double[3];
                for (int i = 0; i < raws.length; i++) {
                    RawProducerRate.createLike(kafka.bootstrapServers(), bundle.topic("orders"), "bench-raw-producer-" + i);
                    raws[i] = RawProducerRate.recordsPerSecond(kafka.bootstrapServers(), "bench-raw-producer-" + i, records, shape);
                }
                double[] sorted = raws.clone();
                java.util.Arrays.sort(sorted);
                double raw = sorted[1];
                System.out.println();
                System.out.println("==== Report streaming benchmark: " + reports + " report(s) of " + rows
                        + " rows, one after the other, bundle with -Xmx256m ====");
                System.out.printf(Locale.ROOT, "orders published: %d (%d per report of %d rows); dead letters: %d%n", total,
                        records, rows, recordsOn(kafka, bundle.topic("dlq")));
                System.out.printf(Locale.ROOT, "wall time (process start -> hand-over): %.1f s%n", wall);
                System.out.printf(Locale.ROOT, "Kafka's producer alone (acks=all, idempotent, %d records of %d + %d bytes), three runs:"
                        + " %.0f, %.0f, %.0f records/s; median %.0f%n", records, shape.keyBytes(), shape.valueBytes(),
                        raws[0], raws[1], raws[2], raw);
                for (int i = 0; i < spans.size(); i++) {
                    ReportSpan span = spans.get(i);
                    System.out.printf(Locale.ROOT, "report %d (%s): first byte downloaded -> last order acknowledged %.1f s, of"
                            + " which the download (the sandbox serving the gzipped document it wrote while the report was processed) %.1f s:"
                            + " %.0f rows/s, %.0f orders (records)/s = %.0f %% of Kafka's producer alone%n", i + 1,
                            i == 0 ? "the bundle's JVM just started" : "the JVM warm", span.seconds(), span.download(),
                            rows / span.seconds(), records / span.seconds(), 100 * (records / span.seconds()) / raw);
                }
                System.out.printf(Locale.ROOT, "CPU until the hand-over: bundle process %.1f s, this JVM (broker + sandbox) %.1f s, over %.1f s wall on %d cores%n",
                        bundleCpu, brokerCpu, wall, Runtime.getRuntime().availableProcessors());
                System.out.println(peakHeap(gcLog));
                System.out.println("progress lines:");
                Files.readAllLines(log).stream().filter(l -> l.contains("rows/s")).forEach(l -> System.out.println("  " + l));
                return records > 0 && spans.size() == reports ? 0 : 1;
            } finally {
                process.destroy();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** A report's time from its first byte downloaded to its window committed, and how long the download took. */
    private record ReportSpan(double seconds, double download) {
    }

    /**
     * Per report, in order: from "Downloading report document" to the line that commits its window (the backfill's
     * progress line, or "is complete up to" for the last one).
     */
    private static List<ReportSpan> reportSpans(List<String> lines, int reports) {
        List<ReportSpan> spans = new java.util.ArrayList<>();
        long downloading = -1;
        long downloaded = -1;
        for (String line : lines) {
            if (line.contains("Downloading report document")) {
                downloading = time(List.of(line), "Downloading");
            } else if (line.contains("Downloaded report document")) {
                downloaded = time(List.of(line), "Downloaded");
            } else if (downloading >= 0 && line.contains("Backfill of seller")
                    && (line.contains("% (") || line.contains("is complete up to"))) {
                long done = time(List.of(line), "Backfill");
                spans.add(new ReportSpan((done - downloading) / 1000.0, (downloaded - downloading) / 1000.0));
                downloading = -1;
            }
        }
        if (spans.size() != reports) {
            throw new IllegalStateException("expected " + reports + " reports in the bundle's log, found " + spans.size());
        }
        return spans;
    }

    private static int backfill(int orders, double scale, EmbeddedKafka kafka) throws Exception {
        int days = 90;
        SandboxOptions options = SandboxOptions.defaults().sellers(List.of(SELLER)).orderCount(orders)
                .history(Duration.ofDays(days)).timeScale(scale).reportProcessingTime(Duration.ofSeconds(1));
        try (AmazonSandbox sandbox = AmazonSandbox.start(options)) {
            Path dir = Files.createDirectories(Path.of("target", "bench-reports"));
            Path log = dir.resolve("bundle-backfill.log");
            // as installed: getOrders polls from the hand-over point (the last minutes), the reports fill the past
            BundleUnderTest bundle = reportsBundle(sandbox, scale, kafka, Instant.now().minus(Duration.ofDays(days + 1)))
                    .set("spapi.orders.enabled", "true");
            long start = System.nanoTime();
            Process process = bundle.startProcess(log, List.of("-Xmx256m", "-XX:+UseParallelGC"));
            try {
                awaitHandOver(log, Duration.ofMinutes(60));
                await().pollInterval(Duration.ofMillis(250)).atMost(Duration.ofMinutes(5))
                        .until(() -> recordsOn(kafka, bundle.topic("orders")) >= orders);
                double wall = (System.nanoTime() - start) / 1e9;
                double streaming = secondsBetween(log, "Requested report", "is complete up to");
                long records = recordsOn(kafka, bundle.topic("orders"));
                long reports = sandbox.stats().calls("createReport");
                int items = sandbox.data().totalItems(SELLER.sellerId());
                // the usage plans' least time for the same work through getOrders (100 per page) + getOrderItems
                long pages = (orders + 99) / 100;
                // one getOrderItems call per page of (at most 20) items
                long itemCalls = sandbox.data().orders(SELLER.sellerId()).stream()
                        .mapToLong(o -> (sandbox.data().items(o.get("AmazonOrderId").asText()).size() + 19) / 20).sum();
                double ordersApiBound = Math.max((pages - 20) / 0.0167, (itemCalls - 30) / 0.5);
                double reportsBound = Math.max(0, (reports - 15) / 0.0167);
                System.out.println();
                System.out.println("==== Backfill benchmark: " + orders + " orders (" + items + " items) over " + days
                        + " days, one marketplace, time scale x" + scale + " ====");
                System.out.printf(Locale.ROOT, "via reports: %d createReport, %d getReport, %d getReportDocument calls; %d orders "
                        + "published (the last minutes' through getOrders: %d getOrders, %d getOrderItems calls)%n",
                        reports, sandbox.stats().calls("getReport"), sandbox.stats().calls("getReportDocument"), records,
                        sandbox.stats().calls("getOrders"), sandbox.stats().calls("getOrderItems"));
                System.out.printf(Locale.ROOT, "  wall time %.1f s (process start -> hand-over); first report requested -> hand-over %.1f s"
                        + " (includes the sandbox's %d s processing per report)%n", wall, streaming, 1);
                System.out.printf(Locale.ROOT, "  least time Amazon's usage plans allow for the report calls: %.0f s (createReport/getReportDocument burst 15)%n",
                        reportsBound);
                System.out.printf(Locale.ROOT, "via getOrders + getOrderItems: least time the usage plans allow: %.0f s = %.1f h "
                        + "(%d getOrders pages at 0.0167/s after a burst of 20, %d getOrderItems at 0.5/s after a burst of 30)%n",
                        ordersApiBound, ordersApiBound / 3600, pages, itemCalls);
                return records == orders ? 0 : 1;
            } finally {
                process.destroy();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static BundleUnderTest reportsBundle(AmazonSandbox sandbox, double scale, EmbeddedKafka kafka, Instant from) {
        BundleUnderTest bundle = BundleUnderTest.against(sandbox, scale, List.of(SELLER), kafka.bootstrapServers())
                .set("spapi.orders.enabled", "false")
                .set("spapi.reports.orders.enabled", "true")
                .set("spapi.reports.backfill.from", from.truncatedTo(ChronoUnit.SECONDS).toString())
                .set("spapi.reports.directory", Path.of("target", "bench-reports").toAbsolutePath().toString())
                .set("spapi.reports.poll-first-delay", "PT0.5S");
        return bundle.withOverridesFromSystemProperties();
    }

    private static void awaitHandOver(Path log, Duration atMost) {
        await().pollInterval(Duration.ofMillis(250)).atMost(atMost)
                .until(() -> Files.exists(log) && Files.readString(log).contains("is complete up to"));
    }

    /** Seconds between the first line containing {@code from} and the first containing {@code to} (log times). */
    private static double secondsBetween(Path log, String from, String to) throws Exception {
        List<String> lines = Files.readAllLines(log);
        return (time(lines, to) - time(lines, from)) / 1000.0;
    }

    private static long time(List<String> lines, String marker) {
        String line = lines.stream().filter(l -> l.contains(marker)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no log line with '" + marker + "'"));
        Matcher m = LOG_TIME.matcher(line);
        if (!m.find()) {
            throw new IllegalStateException("no time in log line: " + line);
        }
        return java.time.LocalTime.parse(m.group(1) + "." + m.group(2)).toNanoOfDay() / 1_000_000;
    }

    private static long recordsOn(EmbeddedKafka kafka, String topic) throws Exception {
        return io.sellerbridge.testing.TopicReader.recordsEverWritten(kafka.bootstrapServers(), topic);
    }

    /**
     * The largest heap in use before a collection, and the largest still in use after a young or full collection
     * (what the bundle really holds), from the bundle's -Xlog:gc lines ("Pause Young ... 120M->35M(256M)").
     */
    private static String peakHeap(Path gcLog) throws Exception {
        int before = 0;
        int after = 0;
        int collections = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = GC_PAUSE.matcher(line);
            if (m.find() && (line.contains("Pause Young") || line.contains("Pause Full"))) {
                collections++;
                before = Math.max(before, Integer.parseInt(m.group(1)));
                after = Math.max(after, Integer.parseInt(m.group(2)));
            }
        }
        return String.format(Locale.ROOT, "peak heap: %d MB in use before a collection, at most %d MB still in use after"
                + " one (limit -Xmx256m; %d collections)", before, after, collections);
    }
}
