package io.sellerbridge.checkpoint;

import io.sellerbridge.kafka.CompactedTopic;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checkpoints on a compacted Kafka topic (the platform already runs Kafka): key = {@link CheckpointKey}, value = the
 * position as ISO-8601. Read to the end at start-up and before each window is planned (another replica may have
 * committed meanwhile); a commit returns only once the broker acknowledged it (acks=all).
 */
public class KafkaCheckpointStore extends ServiceSupport implements CheckpointStore {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaCheckpointStore.class);

    private final String topic;
    private final Properties clientConfig;
    private final Map<String, Instant> committed = new ConcurrentHashMap<>();
    private CompactedTopic state;

    public KafkaCheckpointStore(String topic, Properties clientConfig) {
        this.topic = topic;
        this.clientConfig = clientConfig;
    }

    @Override
    protected synchronized void doStart() {
        state = CompactedTopic.load(topic, clientConfig, this::apply);
        LOG.info("Checkpoints loaded from {}: {}", topic, committed);
    }

    private void apply(String key, String value) {
        if (value == null) {
            committed.remove(key);
        } else {
            committed.put(key, Instant.parse(value));
        }
    }

    /** Also what other replicas committed since the last look (a follower that becomes leader). */
    @Override
    public synchronized Optional<Instant> load(CheckpointKey key) {
        state.catchUp(this::apply);
        return Optional.ofNullable(committed.get(key.toString()));
    }

    @Override
    public void commit(CheckpointKey key, Instant position) {
        state.write(key.toString(), position.toString());
        committed.put(key.toString(), position);
    }

    @Override
    protected synchronized void doStop() {
        if (state != null) {
            state.close();
        }
    }
}
