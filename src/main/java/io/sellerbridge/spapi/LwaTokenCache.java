package io.sellerbridge.spapi;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One access token per seller, reused until shortly before Amazon's {@code expires_in} runs out, and dropped at once
 * when Amazon says it expired early. Concurrent callers for one seller share one refresh. Tokens are kept per seller
 * record, not per alias: a seller whose file changed (another refresh token, another seller id) never gets the token
 * of what it was before.
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
    private final Map<SpApiSeller, AccessToken> tokens = new ConcurrentHashMap<>();
    private final Map<SpApiSeller, Object> locks = new ConcurrentHashMap<>();

    public LwaTokenCache(TokenSource source, Clock clock, Duration refreshMargin) {
        this.source = source;
        this.clock = clock;
        this.refreshMargin = refreshMargin;
    }

    public String accessToken(SpApiSeller seller) throws LwaUnavailableException {
        AccessToken token = tokens.get(seller);
        if (usable(token)) {
            return token.value();
        }
        synchronized (locks.computeIfAbsent(seller, k -> new Object())) {
            token = tokens.get(seller);
            if (!usable(token)) {
                token = source.fetch(seller);
                tokens.put(seller, token);
            }
            return token.value();
        }
    }

    /** Amazon answered 403 "expired" for this seller: the next call fetches a new token. */
    public void invalidate(SpApiSeller seller) {
        tokens.remove(seller);
    }

    private boolean usable(AccessToken token) {
        return token != null && token.usableAt(clock.instant(), refreshMargin);
    }
}
