package io.sellerbridge.sandbox;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Access tokens issued so far, whom each one speaks for and when it expires (real time): a seller's LWA access tokens
 * (the seller and the application it authorised), grantless LWA tokens (client_credentials: the application alone,
 * with its scopes), and Restricted Data Tokens, which also name the restricted resources they grant (Tokens API
 * 2021-03-01).
 */
final class AccessTokens {

    enum State { VALID, EXPIRED, UNKNOWN }

    /**
     * {@code sellerId} is null for a grantless token; {@code clientId} is the application (null for an RDT, which only
     * restricted operations take); {@code scope} is a grantless token's space-separated scopes (null otherwise);
     * {@code grants} is null unless the token is a Restricted Data Token.
     */
    record Check(State state, String sellerId, String clientId, String scope, List<Grant> grants) {
        /** A client_credentials token: it speaks for the application, for no seller. */
        boolean grantless() {
            return sellerId == null && clientId != null;
        }

        boolean hasScope(String wanted) {
            return scope != null && Arrays.asList(scope.split(" ")).contains(wanted);
        }
    }

    /** One restricted resource of an RDT: method, path (specific, or generic with a {orderId} placeholder), elements. */
    record Grant(String method, String path, Set<String> dataElements) {
    }

    private record Issued(String sellerId, String clientId, String scope, long expiresAtNanos, boolean forcedExpired,
                          List<Grant> grants) {
        Issued expired() {
            return new Issued(sellerId, clientId, scope, expiresAtNanos, true, grants);
        }
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

    /** A seller's LWA access token, for the application ({@code clientId}) the seller authorised. */
    String issue(String sellerId, String clientId) {
        // Amazon's are "Atza|IQEB..." and opaque
        return store("Atza|", new Issued(sellerId, clientId, null, deadline(ttl), false, null));
    }

    /** A grantless LWA access token (client_credentials grant): the application's, for these scopes. */
    String issueGrantless(String clientId, String scope) {
        // LWA's client_credentials tokens start "Atc|" where a seller's start "Atza|"
        return store("Atc|", new Issued(null, clientId, scope, deadline(ttl), false, null));
    }

    /** A Restricted Data Token ("Atz.sprdt|..." as Amazon's) for the seller's resources, valid for {@code ttl}. */
    String issueRestricted(String sellerId, List<Grant> grants, Duration ttl) {
        return store("Atz.sprdt|", new Issued(sellerId, null, null, deadline(ttl), false, List.copyOf(grants)));
    }

    Check check(String token) {
        Issued i = issued.get(token);
        if (i == null) {
            return new Check(State.UNKNOWN, null, null, null, null);
        }
        boolean expired = i.forcedExpired() || System.nanoTime() - i.expiresAtNanos() >= 0;
        return new Check(expired ? State.EXPIRED : State.VALID, i.sellerId(), i.clientId(), i.scope(), i.grants());
    }

    void expireAll() {
        issued.replaceAll((token, i) -> i.expired());
    }

    private String store(String prefix, Issued i) {
        byte[] bytes = new byte[96];
        random.nextBytes(bytes);
        // URL-safe base64 keeps them header-safe
        String token = prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        issued.put(token, i);
        return token;
    }

    private static long deadline(Duration ttl) {
        return System.nanoTime() + ttl.toNanos();
    }
}
