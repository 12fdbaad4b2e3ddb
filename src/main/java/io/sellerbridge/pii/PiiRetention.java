package io.sellerbridge.pii;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sellerbridge.kafka.CompactedTopic;
import io.sellerbridge.observe.BundleMetrics;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Deletes buyer data once its time is up. The schedule is the buyer-data topic itself: every record carries its
 * {@code deleteAfter}, so a restarted bundle (or another replica) reads it back and deletes on time; only keys and
 * times are kept in memory, never the data. A record is deleted with a tombstone, which compaction then removes with
 * the older versions of its key.
 */
public class PiiRetention extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(PiiRetention.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String topic;
    private final Properties clientConfig;
    private final Clock clock;
    private final BundleMetrics metrics;
    private final Map<String, Instant> deleteAfter = new HashMap<>();
    /** Keys whose newer buyer data is being published: a sweep must not tombstone it right behind it. */
    private final java.util.Set<String> publishing = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private CompactedTopic state;
    private boolean gaugeRegistered;
    /** The count of live records, for the gauge: a scrape must not wait for a sweep's Kafka round trips. */
    private volatile int live;

    public PiiRetention(String topic, Properties clientConfig, Clock clock, BundleMetrics metrics) {
        this.topic = topic;
        this.clientConfig = clientConfig;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    protected synchronized void doStart() {
        state = CompactedTopic.load(topic, clientConfig, this::apply);
        LOG.info("Buyer data on {}: {} records live", topic, deleteAfter.size());
    }

    /**
     * Reads what was published since, then writes a tombstone for every record whose time is up; returns how many.
     * Does nothing when no seller opted in (the service was then never started).
     */
    public synchronized int sweep() {
        if (state == null) {
            return 0;
        }
        if (!gaugeRegistered) {
            // on first use: Camel binds the Prometheus registry after the services started
            metrics.piiRecordsLive(this::live);
            gaugeRegistered = true;
        }
        state.catchUp(this::apply);
        Instant now = clock.instant();
        List<String> due = deleteAfter.entrySet().stream().filter(e -> !e.getValue().isAfter(now))
                .map(Map.Entry::getKey).filter(key -> !publishing.contains(key)).sorted().toList();
        if (!due.isEmpty()) {
            state.writeAll(due, null);
            due.forEach(deleteAfter::remove);
            live = deleteAfter.size();
            metrics.piiRecordsDeleted(due.size());
            LOG.info("Deleted the buyer data of {} orders past their retention from {}; {} left", due.size(), topic,
                    deleteAfter.size());
        }
        return due.size();
    }

    /**
     * A record of this key is about to be published. Waits for a sweep under way, so a sweep never tombstones a key
     * between its reading of the topic and its write while newer data of that key goes out.
     */
    public synchronized void publishing(String key) {
        publishing.add(key);
    }

    /** Published (acknowledged) or failed: the next sweep reads it back from the topic first. */
    public void published(String key) {
        publishing.remove(key);
    }

    public int live() {
        return live;
    }

    private void apply(String key, String value) {
        if (key == null) {
            return;
        }
        if (value == null) {
            deleteAfter.remove(key);
        } else {
            deleteAfter.put(key, deleteAfterOf(key, value));
        }
        live = deleteAfter.size();
    }

    /** A record whose time cannot be read is deleted at the next sweep: buyer data is not kept on a guess. */
    private static Instant deleteAfterOf(String key, String value) {
        try {
            JsonNode when = JSON.readTree(value).get("deleteAfter");
            if (when != null && when.isTextual()) {
                return Instant.parse(when.asText());
            }
        } catch (IOException | DateTimeParseException e) {
            // reported below, without the value
        }
        LOG.warn("Buyer data record {} has no readable deleteAfter: deleted at the next sweep", key);
        return Instant.EPOCH;
    }

    @Override
    protected synchronized void doStop() {
        if (state != null) {
            state.close();
            state = null;
        }
    }
}
