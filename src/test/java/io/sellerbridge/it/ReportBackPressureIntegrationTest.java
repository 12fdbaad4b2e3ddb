package io.sellerbridge.it;

import io.sellerbridge.sandbox.AmazonSandbox;
import io.sellerbridge.sandbox.SandboxOptions;
import io.sellerbridge.sandbox.SandboxSeller;
import io.sellerbridge.testing.BundleUnderTest;
import io.sellerbridge.testing.Closing;
import io.sellerbridge.testing.SharedKafka;
import io.sellerbridge.testing.TopicReader;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.quota.ClientQuotaAlteration;
import org.apache.kafka.common.quota.ClientQuotaEntity;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A broker that slows down mid-report, made so by Kafka's own client quota on the report producer (the broker holds
 * back its answers): the reader waits instead of reading ahead, nothing is lost or published twice, and the window's
 * checkpoint is committed only once every record of it was acknowledged.
 */
class ReportBackPressureIntegrationTest {

    private static final SandboxSeller SELLER = SandboxSeller.DEFAULT;
    private static final int BATCH = 100;

    private final String idPrefix = "stall-" + UUID.randomUUID().toString().substring(0, 8);
    private AmazonSandbox sandbox;
    private BundleUnderTest bundle;

    @AfterEach
    void stop() throws Exception {
        Closing.closeAll(bundle, sandbox);
    }

    /** Kafka's producer byte-rate quota for the bundle's report producer; null lifts it. */
    private void throttleReportProducer(Double bytesPerSecond) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafka.bootstrapServers()))) {
            ClientQuotaEntity producer = new ClientQuotaEntity(Map.of(ClientQuotaEntity.CLIENT_ID, idPrefix + "-publish-report"));
            admin.alterClientQuotas(List.of(new ClientQuotaAlteration(producer,
                    List.of(new ClientQuotaAlteration.Op("producer_byte_rate", bytesPerSecond))))).all().get();
        }
    }

    private long rowsRead() throws Exception {
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(bundle.managementUrl() + "/observe/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        return metrics.lines().filter(l -> l.startsWith("sellerbridge_report_rows_done{"))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    /** Everything on the topic: polls until a poll brings nothing new (a poll returns at most 500 records). */
    private static List<ConsumerRecord<String, String>> readToTheEnd(TopicReader reader) {
        int[] last = {-1};
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(reader::poll, r -> {
            boolean same = r.size() == last[0];
            last[0] = r.size();
            return same;
        });
    }

    /** The flat file has a row per item. */
    private long rowsOf(String recordKey) {
        return sandbox.data().items(recordKey.substring(recordKey.indexOf(':') + 1)).size();
    }

    private static boolean windowCommitted(List<ConsumerRecord<String, String>> checkpoints) {
        return checkpoints.stream().anyMatch(r -> r.key().startsWith("spapi-report-orders:" + SELLER.sellerId()));
    }

    @Test
    void givenTheBrokerSlowsDownMidReport_thenTheReaderWaitsNothingIsLostOrDoubledAndTheCheckpointComesLast() throws Exception {
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().orderCount(3000).history(Duration.ofDays(20))
                .timeScale(100).reportProcessingTime(Duration.ofMillis(300)));
        // multi-channel fulfilment orders are in the report but not for the orders topic
        Set<String> expected = sandbox.data().orders(SELLER.sellerId()).stream()
                .filter(o -> !"Non-Amazon".equals(o.path("SalesChannel").asText()))
                .map(o -> SELLER.sellerId() + ":" + o.get("AmazonOrderId").asText())
                .collect(Collectors.toCollection(java.util.HashSet::new));
        long totalRows = expected.stream().mapToLong(this::rowsOf).sum();
        // rows of the 4 x BATCH largest orders: the most the reader may have read that Kafka has not acknowledged
        long bound = expected.stream().map(this::rowsOf).sorted(java.util.Comparator.reverseOrder()).limit(4L * BATCH)
                .mapToLong(Long::longValue).sum() + 1000;
        // about 20 orders of 1.5 kB a second
        throttleReportProducer(30_000.0);
        bundle = BundleUnderTest.against(sandbox, 100, List.of(SELLER))
                .set("kafka.id-prefix", idPrefix)
                .set("spapi.orders.enabled", "false")
                .set("spapi.reports.orders.enabled", "true")
                .set("spapi.reports.batch-size", String.valueOf(BATCH))
                .set("spapi.reports.parallel-batches", "1")
                .set("spapi.reports.backfill.from", Instant.now().minus(Duration.ofDays(25)).truncatedTo(ChronoUnit.SECONDS).toString())
                .start();

        try (TopicReader orders = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("orders"));
             TopicReader checkpoints = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("checkpoints"))) {
            await().atMost(Duration.ofSeconds(60)).until(orders::poll, r -> !r.isEmpty());
            await().atMost(Duration.ofSeconds(30)).until(() -> rowsRead() > 0);
            // for 3 s, long enough for an unbounded reader to reach the end of the document, the reader stays within
            // the read-ahead bound: the batch being read, the one queued, the one sent and the one the reader sends
            // itself when the queue is full, of up to BATCH orders each; the gauge moves by 1000 rows
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                    .untilAsserted(() -> {
                        long read = rowsRead();
                        long rowsAcknowledged = orders.poll().stream().mapToLong(r -> rowsOf(r.key())).sum();
                        assertTrue(read - rowsAcknowledged <= bound, "rows read " + read + ", " + rowsAcknowledged
                                + " of them acknowledged: the reader must not run ahead of Kafka by more than " + bound);
                        assertTrue(read < totalRows / 2, "the reader waits for the slow broker: " + read + " of " + totalRows);
                    });
            assertTrue(!windowCommitted(checkpoints.poll()), "no checkpoint while records of the window are unacknowledged");

            throttleReportProducer(null);
            await().atMost(Duration.ofSeconds(90)).until(() -> windowCommitted(checkpoints.poll()));
            List<ConsumerRecord<String, String>> state = checkpoints.poll();
            long committedAt = state.stream().filter(r -> r.key().startsWith("spapi-report-orders:"))
                    .mapToLong(ConsumerRecord::timestamp).min().orElseThrow();
            // orders updated after the backfill's hand-over point are getOrders' (not running here)
            Instant handOver = state.stream().filter(r -> r.key().startsWith("spapi-report-orders-until:"))
                    .map(r -> Instant.parse(r.value())).findFirst().orElseThrow();
            expected.removeIf(k -> Instant.parse(sandbox.data().order(k.substring(k.indexOf(':') + 1))
                    .get("LastUpdateDate").asText()).isAfter(handOver));
            // the reader returns at most 500 records a poll: read on until the topic has been read to its end
            List<ConsumerRecord<String, String>> published = readToTheEnd(orders);
            long lastRecordAt = published.stream().mapToLong(ConsumerRecord::timestamp).max().orElseThrow();
            assertTrue(lastRecordAt <= committedAt, "the checkpoint is written after the window's last record");
            Set<String> keys = published.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
            Set<String> missing = expected.stream().filter(k -> !keys.contains(k)).collect(Collectors.toSet());
            assertEquals(Set.of(), missing, "every order of the report arrives");
            assertEquals(expected.size(), published.size(), "each order once");
        } finally {
            throttleReportProducer(null);
        }
    }
}
