package io.sellerbridge.testing;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads every record of a topic from the beginning, as a downstream consumer would. */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> records = new ArrayList<>();

    public TopicReader(String bootstrapServers, String topic) {
        this(Map.of("bootstrap.servers", bootstrapServers), topic);
    }

    /** @param client the client's connection settings (bootstrap servers, TLS, SASL) */
    public TopicReader(Map<String, String> client, String topic) {
        Map<String, Object> config = new java.util.HashMap<>(client);
        config.putAll(Map.of("key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", StringDeserializer.class.getName(),
                "enable.auto.commit", "false",
                "isolation.level", "read_committed"));
        consumer = new KafkaConsumer<>(config);
        readFromBeginning(consumer, topic);
    }

    /** Assigns the consumer every partition of the topic, from its first record (no group, no commits). */
    public static void readFromBeginning(KafkaConsumer<?, ?> consumer, String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(20)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** All records read so far, after polling for new ones. */
    public synchronized List<ConsumerRecord<String, String>> poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        return List.copyOf(records);
    }

    @Override
    public synchronized void close() {
        consumer.close();
    }

    /** The topic's end offsets summed: every record ever written to it, whether a consumer fetched it yet or not. */
    public static long recordsEverWritten(String bootstrapServers, String topic) throws Exception {
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(
                Map.of("bootstrap.servers", bootstrapServers))) {
            List<org.apache.kafka.common.TopicPartition> partitions = admin.describeTopics(List.of(topic))
                    .allTopicNames().get().get(topic).partitions().stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(topic, p.partition())).toList();
            return admin.listOffsets(partitions.stream().collect(java.util.stream.Collectors.toMap(p -> p,
                    p -> org.apache.kafka.clients.admin.OffsetSpec.latest()))).all().get().values().stream()
                    .mapToLong(o -> o.offset()).sum();
        }
    }
}
