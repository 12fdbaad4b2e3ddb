package io.sellerbridge.testing;

import io.sellerbridge.checkpoint.CheckpointKey;
import io.sellerbridge.checkpoint.CheckpointStore;
import io.sellerbridge.checkpoint.Checkpoints;
import io.sellerbridge.observe.BundleMetrics;
import org.apache.camel.impl.DefaultCamelContext;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A checkpoint store in a map, for tests of the classes that plan and commit windows. */
public final class InMemoryCheckpoints implements CheckpointStore {

    private final Map<String, Instant> committed = new ConcurrentHashMap<>();

    @Override
    public Optional<Instant> load(CheckpointKey key) {
        return Optional.ofNullable(committed.get(key.toString()));
    }

    @Override
    public void commit(CheckpointKey key, Instant windowEnd) {
        committed.put(key.toString(), windowEnd);
    }

    /** Everything committed so far, by key as the checkpoint topic holds it. */
    public Map<String, Instant> all() {
        return Map.copyOf(committed);
    }

    /** Sets a position, as a replay from a date does. */
    public void put(String key, Instant position) {
        committed.put(key, position);
    }

    /** These checkpoints behind the bundle's facade (metrics in a registry of their own). */
    public Checkpoints checkpoints(Clock clock) {
        return new Checkpoints(this, new BundleMetrics(new DefaultCamelContext(), clock));
    }
}
