package io.sellerbridge.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Kafka's own pace on this broker, for comparison: the same number of records of the same size as the bundle
 * published (key, value and header bytes measured on its topic), sent by one KafkaProducer with acks=all and
 * idempotence, as fast as it takes them (send without waiting, then flush), to a topic of its own configured like
 * the bundle's (partitions, compaction).
 */
final class RawProducerRate {

    record Shape(int keyBytes, int valueBytes, long sampled) {
    }

    private RawProducerRate() {
    }

    /** Average key and value (+ header) size of the first records of {@code topic}. */
    static Shape shape(String bootstrap, String topic, int sample) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.GROUP_ID_CONFIG, "bench-shape",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        long keys = 0;
        long values = 0;
        long n = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (n < sample && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    keys += r.key() == null ? 0 : r.key().length;
                    values += r.value().length;
                    for (Header h : r.headers()) {
                        values += h.key().length() + (h.value() == null ? 0 : h.value().length);
                    }
                    n++;
                }
            }
        }
        if (n == 0) {
            throw new IllegalStateException("no records on " + topic + " to measure");
        }
        return new Shape((int) (keys / n), (int) (values / n), n);
    }

    /** A topic like {@code like} (partitions, compaction), so the broker does the same work for both. */
    static void createLike(String bootstrap, String like, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            int partitions = admin.describeTopics(List.of(like)).allTopicNames().get().get(like).partitions().size();
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, like);
            String policy = admin.describeConfigs(List.of(resource)).all().get().get(resource)
                    .get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, policy)))).all().get();
        }
    }

    /** Records per second from the first send to the last acknowledgement. */
    static double recordsPerSecond(String bootstrap, String topic, long records, Shape shape) {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        byte[] value = new byte[shape.valueBytes()];
        Arrays.fill(value, (byte) 'x');
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            long start = System.nanoTime();
            for (long i = 0; i < records; i++) {
                byte[] key = String.format("%0" + Math.max(1, shape.keyBytes()) + "d", i).getBytes();
                producer.send(new ProducerRecord<>(topic, key, value), (m, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    }
                });
            }
            producer.flush();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (failure.get() != null) {
                throw new IllegalStateException("the raw producer was refused", failure.get());
            }
            return records / seconds;
        }
    }
}
