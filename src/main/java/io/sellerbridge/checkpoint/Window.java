package io.sellerbridge.checkpoint;

import java.time.Instant;

/**
 * A span of Amazon's data a stream reads in one go, {@code (after, before]}, and the checkpoint that moves to
 * {@code before} once every record of it was acknowledged by Kafka. {@code after} is null when the stream reads
 * everything (a full inventory scan); {@code caughtUp} is false when the stream has more windows to read before it
 * reaches the present (a report backfill walks 30-day windows). A snapshot (an inventory report) has neither bounds
 * nor checkpoint.
 */
public record Window(CheckpointKey checkpoint, Instant after, Instant before, boolean caughtUp) {

    /** The exchange property holding the window a stream is reading. */
    public static final String PROPERTY = "window";

    public static Window snapshot() {
        return new Window(null, null, null, true);
    }

    /** Everything Amazon has, as of {@code before}. */
    public static Window everything(CheckpointKey checkpoint, Instant before) {
        return new Window(checkpoint, null, before, true);
    }

    public boolean isEmpty() {
        return after != null && before != null && !after.isBefore(before);
    }

    public boolean isSnapshot() {
        return checkpoint == null;
    }
}
