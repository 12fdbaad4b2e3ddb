package io.sellerbridge.bench;

import io.sellerbridge.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The keys of a topic's records from the beginning, for a benchmark that counts what arrived: values are not decoded
 * and fetches are large, so the reader takes little of the CPU the benchmark shares with the bundle (a downstream
 * consumer runs elsewhere).
 */
final class TopicKeys implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;

    TopicKeys(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrapServers,
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", ByteArrayDeserializer.class.getName(),
                "enable.auto.commit", "false",
                "isolation.level", "read_committed",
                "fetch.min.bytes", "1048576",
                "fetch.max.wait.ms", "300"));
        TopicReader.readFromBeginning(consumer, topic);
    }

    /** The keys of the records that arrived since the last call. */
    List<String> pollNew() {
        List<String> keys = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
            keys.add(record.key());
        }
        return keys;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
