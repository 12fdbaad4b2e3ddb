package io.sellerbridge.sandbox;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Access tokens issued so far, which seller each one speaks for and when it expires (real time): LWA access tokens,
 * and Restricted Data Tokens, which also name the restricted resources they grant (Tokens API 2021-03-01).
 */
final class AccessTokens {

    enum State { VALID, EXPIRED, UNKNOWN }

    /** {@code grants} is null for an LWA access token, the granted resources for a Restricted Data Token. */
    record Check(State state, String sellerId, List<Grant> grants) {
    }

    /** One restricted resource of an RDT: method, path (specific, or generic with a {orderId} placeholder), elements. */
    record Grant(String method, String path, Set<String> dataElements) {
    }

    private record Issued(String sellerId, long expiresAtNanos, boolean forcedExpired, List<Grant> grants) {
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
        issued.put(token, new Issued(sellerId, System.nanoTime() + ttl.toNanos(), false, null));
        return token;
    }

    /** A Restricted Data Token ("Atz.sprdt|..." as Amazon's) for the seller's resources, valid for {@code ttl}. */
    String issueRestricted(String sellerId, List<Grant> grants, Duration ttl) {
        byte[] bytes = new byte[96];
        random.nextBytes(bytes);
        String token = "Atz.sprdt|" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        issued.put(token, new Issued(sellerId, System.nanoTime() + ttl.toNanos(), false, List.copyOf(grants)));
        return token;
    }

    Check check(String token) {
        Issued i = issued.get(token);
        if (i == null) {
            return new Check(State.UNKNOWN, null, null);
        }
        boolean expired = i.forcedExpired() || System.nanoTime() - i.expiresAtNanos() >= 0;
        return new Check(expired ? State.EXPIRED : State.VALID, i.sellerId(), i.grants());
    }

    void expireAll() {
        issued.replaceAll((token, i) -> new Issued(i.sellerId(), i.expiresAtNanos(), true, i.grants()));
    }
}
