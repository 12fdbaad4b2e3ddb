package io.sellerbridge.checkpoint;

import java.time.Instant;
import java.util.Optional;

/** The end of the last window whose every record Kafka acknowledged, per stream and seller. */
public interface CheckpointStore {

    Optional<Instant> load(String key);

    void commit(String key, Instant windowEnd);
}
