package io.sellerbridge.checkpoint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Where the next incremental window starts and ends: from the committed checkpoint less a look-back (late updates
 * become visible after their LastUpdateDate), or {@code start} ago on a first run; up to now less the end lag
 * (Amazon rejects a LastUpdatedBefore less than two minutes in the past).
 */
public class WindowPlanner {

    private final Clock clock;
    private final Duration start;
    private final Duration lookBack;
    private final Duration endLag;

    public WindowPlanner(Clock clock, Duration start, Duration lookBack, Duration endLag) {
        this.clock = clock;
        this.start = start;
        this.lookBack = lookBack;
        this.endLag = endLag;
    }

    public OrdersWindow plan(String checkpointKey, Optional<Instant> committed) {
        // whole seconds: Amazon documents date-times with at most millisecond precision
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant after = committed.map(c -> c.minus(lookBack)).orElse(now.minus(start));
        return new OrdersWindow(checkpointKey, after, now.minus(endLag));
    }
}
