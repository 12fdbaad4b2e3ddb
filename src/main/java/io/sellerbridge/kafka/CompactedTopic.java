package io.sellerbridge.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;

/**
 * A compacted topic of the bundle's state (checkpoints, published versions), read whole into the caller's memory and
 * written with acks=all. The consumer is assigned every partition and commits nothing, so it joins no consumer group.
 * One thread at a time may read; {@link #wakeup} is the one call another thread may make.
 */
public final class CompactedTopic implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String topic;
    private final KafkaConsumer<String, String> consumer;
    private final KafkaProducer<String, String> producer;
    private final List<TopicPartition> partitions;

    public CompactedTopic(String topic, Properties clientConfig) {
        this.topic = topic;
        Properties c = new Properties();
        c.putAll(clientConfig);
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(c);
        try {
            partitions = consumer.partitionsFor(topic, TIMEOUT).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
        } catch (RuntimeException e) {
            consumer.close(Duration.ZERO);
            throw e;
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Properties p = new Properties();
        p.putAll(clientConfig);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(p);
    }

    /** Opens the topic and reads it whole into {@code apply}; a failure a Kafka setting causes names the setting. */
    public static CompactedTopic load(String topic, Properties clientConfig, BiConsumer<String, String> apply) {
        return KafkaClients.explaining(clientConfig, () -> {
            CompactedTopic opened = new CompactedTopic(topic, clientConfig);
            try {
                opened.catchUp(apply);
                return opened;
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        });
    }

    public String name() {
        return topic;
    }

    /** Reads every record written up to now (by this process or another replica) into {@code apply}. */
    public void catchUp(BiConsumer<String, String> apply) {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not read topic " + topic + " to its end within " + TIMEOUT);
            }
            poll(Duration.ofMillis(200), apply);
        }
    }

    /** Reads what arrives within {@code timeout}; false when {@link #wakeup} ended the wait. */
    public boolean poll(Duration timeout, BiConsumer<String, String> apply) {
        try {
            for (ConsumerRecord<String, String> r : consumer.poll(timeout)) {
                apply.accept(r.key(), r.value());
            }
            return true;
        } catch (WakeupException e) {
            return false;
        }
    }

    /** Ends a {@link #poll} under way on the reading thread. */
    public void wakeup() {
        consumer.wakeup();
    }

    /** Returns once the broker acknowledged the record. */
    public void write(String key, String value) {
        writeAll(List.of(key), value);
    }

    /**
     * One record per key, all with {@code value}, sent together and returning once the broker acknowledged every one:
     * a batch costs one round trip, not one per key.
     */
    public void writeAll(Collection<String> keys, String value) {
        List<Future<RecordMetadata>> sent = new ArrayList<>(keys.size());
        for (String key : keys) {
            sent.add(producer.send(new ProducerRecord<>(topic, key, value)));
        }
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        Iterator<String> key = keys.iterator();
        for (Future<RecordMetadata> ack : sent) {
            String current = key.next();
            try {
                ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing " + current + " to " + topic, e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException(current + " not acknowledged by Kafka on " + topic, e);
            }
        }
    }

    /** Called by the reading thread, or once it is done. */
    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        consumer.close(Duration.ofSeconds(5));
    }
}
