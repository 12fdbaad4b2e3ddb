package io.sellerbridge.kafka;

import io.sellerbridge.checkpoint.VersionBatches;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The versions already published, on a compacted topic: read whole at start-up, then followed by a thread of its own
 * so a follower that becomes leader knows what the old leader published; the most recent {@code maxCacheSize} are
 * kept in memory. The topic speaks the format of Camel's KafkaIdempotentRepository (key = version, value = add,
 * remove or clear), so a topic that one wrote reads the same. On stop the reading thread is woken and ends before its
 * consumer is closed.
 */
public class KafkaPublishedVersions extends ServiceSupport implements IdempotentRepository, VersionBatches {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaPublishedVersions.class);

    private final String topic;
    private final Properties clientConfig;
    private final Map<String, Boolean> cache;
    private volatile boolean running;
    private CompactedTopic state;
    private Thread follower;

    public KafkaPublishedVersions(String topic, Properties clientConfig, int maxCacheSize) {
        this.topic = topic;
        this.clientConfig = clientConfig;
        this.cache = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > maxCacheSize;
            }
        });
    }

    @Override
    protected void doStart() {
        state = CompactedTopic.load(topic, clientConfig, this::apply);
        LOG.info("Published versions loaded from {}: {}", topic, cache.size());
        running = true;
        follower = new Thread(this::follow, "published-versions-" + topic);
        follower.setDaemon(true);
        follower.start();
    }

    private void follow() {
        try {
            while (running && state.poll(Duration.ofSeconds(1), this::apply)) {
                // each record is applied as it arrives
            }
        } catch (RuntimeException e) {
            if (running) {
                LOG.warn("Stopped following {}: {}; versions other replicas publish are seen after a restart", topic,
                        e.getMessage());
            }
        }
    }

    private void apply(String version, String action) {
        if (version == null || action == null) {
            return;
        }
        switch (action) {
            case "add" -> cache.put(version, Boolean.TRUE);
            case "remove" -> cache.remove(version);
            case "clear" -> cache.clear();
            default -> LOG.debug("ignoring {} record {} on {}", action, version, topic);
        }
    }

    @Override
    public boolean contains(String version) {
        return cache.containsKey(version);
    }

    /** Written with acks=all before it counts as published here. */
    @Override
    public boolean add(String version) {
        if (cache.containsKey(version)) {
            return false;
        }
        state.write(version, "add");
        cache.put(version, Boolean.TRUE);
        return true;
    }

    /** Written with acks=all, all in one round trip, before they count as published here. */
    @Override
    public void addAll(Collection<String> versions) {
        List<String> unknown = versions.stream().filter(v -> !cache.containsKey(v)).toList();
        if (!unknown.isEmpty()) {
            state.writeAll(unknown, "add");
            unknown.forEach(v -> cache.put(v, Boolean.TRUE));
        }
    }

    @Override
    public boolean remove(String version) {
        state.write(version, "remove");
        return cache.remove(version) != null;
    }

    @Override
    public boolean confirm(String version) {
        return true;
    }

    /** Forgets this replica's memory only; the topic keeps what was published. */
    @Override
    public void clear() {
        cache.clear();
    }

    @Override
    protected void doStop() throws InterruptedException {
        running = false;
        if (follower != null) {
            state.wakeup();
            follower.join(Duration.ofSeconds(10).toMillis());
        }
        if (state != null) {
            state.close();
        }
    }
}
