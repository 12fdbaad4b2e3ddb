package io.sellerbridge.checkpoint;

import java.time.Instant;
import java.util.Optional;

/** The end of the last window whose every record Kafka acknowledged, per stream and seller ({@link CheckpointKey}). */
public interface CheckpointStore {

    Optional<Instant> load(CheckpointKey key);

    void commit(CheckpointKey key, Instant position);
}
