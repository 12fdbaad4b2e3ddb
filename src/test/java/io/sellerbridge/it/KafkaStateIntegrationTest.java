package io.sellerbridge.it;

import io.sellerbridge.checkpoint.CheckpointKey;
import io.sellerbridge.checkpoint.KafkaCheckpointStore;
import io.sellerbridge.kafka.KafkaPublishedVersions;
import io.sellerbridge.kafka.TopicProvisioner;
import io.sellerbridge.testing.LogCapture;
import io.sellerbridge.testing.SharedKafka;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundle's own state on a real broker: published versions and checkpoints across replicas and restarts. */
class KafkaStateIntegrationTest {

    private static Properties clients() {
        Properties p = new Properties();
        p.put("bootstrap.servers", SharedKafka.bootstrapServers());
        return p;
    }

    private static String topic(String name) {
        String topic = name + "." + UUID.randomUUID().toString().substring(0, 8);
        new TopicProvisioner(clients(), (short) 1, List.of(new TopicProvisioner.TopicSpec(topic, 1, true))).ensure();
        return topic;
    }

    @Test
    void givenAVersionPublishedByOneReplica_thenAReplicaStartedLaterAndOneAlreadyRunningBothKnowIt() throws Exception {
        String topic = topic("published-versions");
        KafkaPublishedVersions running = new KafkaPublishedVersions(topic, clients(), 1000);
        KafkaPublishedVersions leader = new KafkaPublishedVersions(topic, clients(), 1000);
        running.start();
        leader.start();
        try {
            assertTrue(leader.add("A2S:111-0000001-0000001:2026-11-29T12:00:00Z"));
            assertFalse(leader.add("A2S:111-0000001-0000001:2026-11-29T12:00:00Z"), "a version is added once");

            await().atMost(Duration.ofSeconds(10))
                    .until(() -> running.contains("A2S:111-0000001-0000001:2026-11-29T12:00:00Z"));
            KafkaPublishedVersions later = new KafkaPublishedVersions(topic, clients(), 1000);
            later.start();
            assertTrue(later.contains("A2S:111-0000001-0000001:2026-11-29T12:00:00Z"));
            later.stop();
        } finally {
            leader.stop();
            running.stop();
        }
    }

    @Test
    void givenATopicWrittenByCamelsKafkaIdempotentRepository_whenRead_thenItsAddsAndRemovesCount() throws Exception {
        String topic = topic("published-versions");
        Properties p = clients();
        p.put("key.serializer", StringSerializer.class.getName());
        p.put("value.serializer", StringSerializer.class.getName());
        try (KafkaProducer<String, String> camel = new KafkaProducer<>(p)) {
            camel.send(new ProducerRecord<>(topic, "kept", "add")).get();
            camel.send(new ProducerRecord<>(topic, "removed", "add")).get();
            camel.send(new ProducerRecord<>(topic, "removed", "remove")).get();
        }
        KafkaPublishedVersions versions = new KafkaPublishedVersions(topic, clients(), 1000);
        versions.start();
        try {
            assertTrue(versions.contains("kept"));
            assertFalse(versions.contains("removed"));
        } finally {
            versions.stop();
        }
    }

    @Test
    void givenStoresWithTheirReadersRunning_whenStopped_thenNothingIsLoggedWithAStackTrace() throws Exception {
        String versionsTopic = topic("published-versions");
        String checkpointsTopic = topic("checkpoints");
        try (LogCapture log = LogCapture.capture()) {
            for (int i = 0; i < 5; i++) {
                KafkaPublishedVersions versions = new KafkaPublishedVersions(versionsTopic, clients(), 1000);
                KafkaCheckpointStore checkpoints = new KafkaCheckpointStore(checkpointsTopic, clients());
                versions.start();
                checkpoints.start();
                versions.add("v" + i);
                checkpoints.commit(CheckpointKey.ofSeller("spapi-report-orders", "A2S"), Instant.EPOCH.plusSeconds(i));
                versions.stop();
                checkpoints.stop();
            }
            assertEquals(List.of(), log.stackTraces());
        }
        KafkaCheckpointStore reread = new KafkaCheckpointStore(checkpointsTopic, clients());
        reread.start();
        assertEquals(Optional.of(Instant.EPOCH.plusSeconds(4)), reread.load(CheckpointKey.ofSeller("spapi-report-orders", "A2S")));
        reread.stop();
    }
}
