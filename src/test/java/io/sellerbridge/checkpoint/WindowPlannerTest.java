package io.sellerbridge.checkpoint;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WindowPlannerTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final CheckpointKey KEY = CheckpointKey.ofSeller("spapi-orders", "A2S");
    private final WindowPlanner planner = new WindowPlanner(Clock.fixed(NOW, ZoneOffset.UTC),
            Duration.ofDays(30), Duration.ofMinutes(10), Duration.ofMinutes(2), null);

    @Test
    void givenNoCheckpoint_whenPlanned_thenTheWindowStartsTheConfiguredStartAgoAndEndsTwoMinutesAgo() {
        Window w = planner.plan(KEY, Optional.empty());
        assertEquals(Instant.parse("2026-10-30T12:00:00Z"), w.after());
        assertEquals(Instant.parse("2026-11-29T11:58:00Z"), w.before());
        assertFalse(w.isEmpty());
    }

    @Test
    void givenACheckpoint_whenPlanned_thenTheWindowLooksBackBeforeIt() {
        Window w = planner.plan(KEY, Optional.of(Instant.parse("2026-11-29T11:50:00Z")));
        assertEquals(Instant.parse("2026-11-29T11:40:00Z"), w.after());
        assertEquals(Instant.parse("2026-11-29T11:58:00Z"), w.before());
    }

    @Test
    void givenACheckpointAheadOfTheLag_whenPlanned_thenTheWindowIsEmpty() {
        Window w = planner.plan(KEY, Optional.of(Instant.parse("2026-11-29T12:30:00Z")));
        assertTrue(w.isEmpty());
    }
}
