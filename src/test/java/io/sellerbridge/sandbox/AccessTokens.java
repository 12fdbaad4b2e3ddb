package io.sellerbridge.sandbox;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** LWA access tokens issued so far, which seller each one speaks for and when it expires (real time). */
final class AccessTokens {

    enum State { VALID, EXPIRED, UNKNOWN }

    record Check(State state, String sellerId) {
    }

    private record Issued(String sellerId, long expiresAtNanos, boolean forcedExpired) {
    }

    private final SecureRandom random = new SecureRandom();
    private final ConcurrentMap<String, Issued> issued = new ConcurrentHashMap<>();
    private final Duration ttl;

    AccessTokens(Duration ttl) {
        this.ttl = ttl;
    }

    Duration ttl() {
        return ttl;
    }

    String issue(String sellerId) {
        byte[] bytes = new byte[96];
        random.nextBytes(bytes);
        // Amazon's are "Atza|IQEB..." and opaque; URL-safe base64 keeps them header-safe
        String token = "Atza|" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        issued.put(token, new Issued(sellerId, System.nanoTime() + ttl.toNanos(), false));
        return token;
    }

    Check check(String token) {
        Issued i = issued.get(token);
        if (i == null) {
            return new Check(State.UNKNOWN, null);
        }
        boolean expired = i.forcedExpired() || System.nanoTime() - i.expiresAtNanos() >= 0;
        return new Check(expired ? State.EXPIRED : State.VALID, i.sellerId());
    }

    void expireAll() {
        issued.replaceAll((token, i) -> new Issued(i.sellerId(), i.expiresAtNanos(), true));
    }
}
