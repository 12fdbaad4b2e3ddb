package io.sellerbridge.checkpoint;

import io.sellerbridge.observe.BundleMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Optional;

/**
 * Every stream's positions, in the one key scheme: a window is committed at its end (logged, and the checkpoint lag
 * of its stream and seller updated); a stream's other facts ({@link CheckpointKey#aspect}) are recorded as they are.
 */
public class Checkpoints {

    private static final Logger LOG = LoggerFactory.getLogger(Checkpoints.class);

    private final CheckpointStore store;
    private final BundleMetrics metrics;

    public Checkpoints(CheckpointStore store, BundleMetrics metrics) {
        this.store = store;
        this.metrics = metrics;
    }

    public Optional<Instant> load(CheckpointKey key) {
        return store.load(key);
    }

    /** A window's start: the committed position, which from now on shows in the checkpoint lag. */
    public Optional<Instant> position(CheckpointKey key) {
        Optional<Instant> position = store.load(key);
        position.ifPresent(p -> lag(key, p));
        return position;
    }

    /** Every record of the window was acknowledged: the stream goes on from its end. */
    public void commit(Window window) {
        if (window.isSnapshot()) {
            return; // a snapshot has no position to keep
        }
        store.commit(window.checkpoint(), window.before());
        lag(window.checkpoint(), window.before());
        LOG.info("Committed {} up to {}", window.checkpoint(), window.before());
    }

    private void lag(CheckpointKey key, Instant position) {
        metrics.checkpoint(key.stream(), key.sellerId(),
                key.marketplaceIds().isEmpty() ? "all" : String.join(",", key.marketplaceIds()), position);
    }

    public void record(CheckpointKey key, Instant value) {
        store.commit(key, value);
    }
}
