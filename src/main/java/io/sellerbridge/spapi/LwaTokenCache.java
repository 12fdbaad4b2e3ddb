package io.sellerbridge.spapi;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One access token per seller, reused until shortly before Amazon's {@code expires_in} runs out, and dropped at once
 * when Amazon says it expired early. Concurrent callers for one seller share one refresh.
 */
public class LwaTokenCache {

    /** Fetches a fresh token; {@link LwaTokenClient#fetch} in production. */
    @FunctionalInterface
    public interface TokenSource {
        AccessToken fetch(SpApiSeller seller) throws LwaUnavailableException;
    }

    private final TokenSource source;
    private final Clock clock;
    private final Duration refreshMargin;
    private final Map<String, AccessToken> tokens = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public LwaTokenCache(TokenSource source, Clock clock, Duration refreshMargin) {
        this.source = source;
        this.clock = clock;
        this.refreshMargin = refreshMargin;
    }

    public String accessToken(SpApiSeller seller) throws LwaUnavailableException {
        AccessToken token = tokens.get(seller.alias());
        if (usable(token)) {
            return token.value();
        }
        synchronized (locks.computeIfAbsent(seller.alias(), k -> new Object())) {
            token = tokens.get(seller.alias());
            if (!usable(token)) {
                token = source.fetch(seller);
                tokens.put(seller.alias(), token);
            }
            return token.value();
        }
    }

    /** Amazon answered 403 "expired" for this seller: the next call fetches a new token. */
    public void invalidate(SpApiSeller seller) {
        tokens.remove(seller.alias());
    }

    private boolean usable(AccessToken token) {
        return token != null && token.usableAt(clock.instant(), refreshMargin);
    }
}
