package io.sellerbridge.testing;

import io.sellerbridge.checkpoint.CheckpointStore;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A checkpoint store in a map, for unit tests of the classes that plan and commit windows. */
public final class InMemoryCheckpoints implements CheckpointStore {

    private final Map<String, Instant> committed = new ConcurrentHashMap<>();

    @Override
    public Optional<Instant> load(String key) {
        return Optional.ofNullable(committed.get(key));
    }

    @Override
    public void commit(String key, Instant windowEnd) {
        committed.put(key, windowEnd);
    }

    /** Everything committed so far, by key. */
    public Map<String, Instant> all() {
        return Map.copyOf(committed);
    }
}
