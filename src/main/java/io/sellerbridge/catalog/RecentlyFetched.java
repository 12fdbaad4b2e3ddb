package io.sellerbridge.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers when each catalog item was last read, so an ASIN that many orders share is read once per TTL and not
 * once per order. Held in memory: after a restart an item is read once more, which costs one call.
 */
public class RecentlyFetched {

    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Instant> fetchedAt = new ConcurrentHashMap<>();

    public RecentlyFetched(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    /** True when the item was never read or its last reading is older than the TTL. */
    public boolean due(String key) {
        Instant last = fetchedAt.get(key);
        return last == null || !last.plus(ttl).isAfter(clock.instant());
    }

    public void fetched(String key) {
        Instant now = clock.instant();
        fetchedAt.put(key, now);
        // forget readings past their TTL now and then, so the map holds only the items of one TTL
        if (fetchedAt.size() % 1024 == 0) {
            fetchedAt.values().removeIf(at -> !at.plus(ttl).isAfter(now));
        }
    }
}
