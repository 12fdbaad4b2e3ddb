package io.sellerbridge.checkpoint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Where a stream's next window starts and ends. It starts at the committed checkpoint less a look-back (late updates
 * become visible after their LastUpdateDate), or, on a first run, {@code start} ago (or at a given instant: a
 * backfill's date); it ends now less the end lag (Amazon rejects a LastUpdatedBefore less than two minutes in the
 * past), at a given instant (a backfill's hand-over point), or {@code longest} after its start, whichever is first.
 */
public class WindowPlanner {

    private final Clock clock;
    private final Duration start;
    private final Duration lookBack;
    private final Duration endLag;
    private final Duration longest;

    /** @param longest the longest window Amazon takes in one go (a report: 30 days); null when there is no limit */
    public WindowPlanner(Clock clock, Duration start, Duration lookBack, Duration endLag, Duration longest) {
        this.clock = clock;
        this.start = start;
        this.lookBack = lookBack;
        this.endLag = endLag;
        this.longest = longest;
    }

    public Window plan(CheckpointKey key, Optional<Instant> committed) {
        return plan(key, committed, Optional.empty(), Optional.empty());
    }

    /**
     * @param firstStart where a stream with no checkpoint starts, instead of {@code start} ago
     * @param until      where the stream stops, instead of now less the end lag
     */
    public Window plan(CheckpointKey key, Optional<Instant> committed, Optional<Instant> firstStart,
                       Optional<Instant> until) {
        Instant now = now();
        Instant after = committed.map(c -> c.minus(lookBack)).orElseGet(() -> firstStart.orElse(now.minus(start)));
        Instant end = until.orElse(now.minus(endLag));
        Instant before = longest != null && after.plus(longest).isBefore(end) ? after.plus(longest) : end;
        return new Window(key, after, before, before.equals(end));
    }

    /** Whole seconds: Amazon documents date-times with at most millisecond precision. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    public Duration lookBack() {
        return lookBack;
    }

    public Duration endLag() {
        return endLag;
    }
}
