package io.sellerbridge.checkpoint;

import org.apache.camel.support.service.ServiceSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Checkpoints on a compacted Kafka topic (the platform already runs Kafka): key = stream/seller, value = window end
 * as ISO-8601. Read to the end at start-up and before each window is planned (another replica may have
 * committed meanwhile); a commit returns only once the broker acknowledged it (acks=all).
 */
public class KafkaCheckpointStore extends ServiceSupport implements CheckpointStore {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaCheckpointStore.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String topic;
    private final Properties clientConfig;
    private final Map<String, Instant> committed = new ConcurrentHashMap<>();
    private KafkaProducer<String, String> producer;
    private KafkaConsumer<String, String> consumer;
    private List<TopicPartition> partitions;

    public KafkaCheckpointStore(String topic, Properties clientConfig) {
        this.topic = topic;
        this.clientConfig = clientConfig;
    }

    @Override
    protected void doStart() {
        openConsumer();
        catchUp();
        Properties p = new Properties();
        p.putAll(clientConfig);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(p);
        LOG.info("Checkpoints loaded from {}: {}", topic, committed);
    }

    private void openConsumer() {
        Properties c = new Properties();
        c.putAll(clientConfig);
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(c);
        partitions = consumer.partitionsFor(topic, TIMEOUT).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Reads what was committed since the last look, also by other replicas (a follower that becomes leader). */
    private void catchUp() {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not read checkpoint topic " + topic + " to its end");
            }
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                if (r.value() == null) {
                    committed.remove(r.key());
                } else {
                    committed.put(r.key(), Instant.parse(r.value()));
                }
            }
        }
    }

    @Override
    public synchronized Optional<Instant> load(String key) {
        catchUp();
        return Optional.ofNullable(committed.get(key));
    }

    @Override
    public void commit(String key, Instant windowEnd) {
        try {
            producer.send(new ProducerRecord<>(topic, key, windowEnd.toString()))
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            committed.put(key, windowEnd);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while committing checkpoint " + key, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("checkpoint " + key + " not acknowledged by Kafka", e);
        }
    }

    @Override
    protected synchronized void doStop() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
        if (consumer != null) {
            consumer.close(Duration.ofSeconds(5));
        }
    }
}
