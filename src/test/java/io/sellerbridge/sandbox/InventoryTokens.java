package io.sellerbridge.sandbox;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * getInventorySummaries nextTokens. Amazon: "The string token will expire 30 seconds after being created"
 * (fbaInventory.json). A token remembers the query it continues and the last seller SKU it returned, so the next
 * page is read live after that SKU. Tokens are standard base64 that always starts with "+/7/" and ends in "==":
 * a client that does not URL-encode one sends something else, as with Amazon (amzn/selling-partner-api-models#4946).
 */
final class InventoryTokens {

    private record Issued(String query, String lastSku, long expiresAtNanos) {
    }

    private static final int MAX_TOKENS = 4096;
    /** Encodes as "+/7/"; with 16 random bytes the 19-byte token ends in "==". */
    private static final byte[] MAGIC = {(byte) 0xFB, (byte) 0xFE, (byte) 0xFF};

    private final SecureRandom random = new SecureRandom();
    private final Duration ttl;
    private final Map<String, Issued> issued = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Issued> eldest) {
            return size() > MAX_TOKENS; // oldest first: it expires first anyway
        }
    };

    InventoryTokens(Duration ttl) {
        this.ttl = ttl;
    }

    /** A new token continuing {@code query} after {@code lastSku}, valid for the TTL from now (real time). */
    synchronized String issue(String query, String lastSku) {
        byte[] raw = new byte[MAGIC.length + 16];
        random.nextBytes(raw);
        System.arraycopy(MAGIC, 0, raw, 0, MAGIC.length);
        String token = Base64.getEncoder().encodeToString(raw);
        issued.put(token, new Issued(query, lastSku, System.nanoTime() + ttl.toNanos()));
        return token;
    }

    /** The last seller SKU the token's page returned, or null when the token is unknown, expired or another query's. */
    synchronized String resume(String token, String query) {
        Issued i = issued.get(token);
        if (i == null || System.nanoTime() - i.expiresAtNanos() >= 0) {
            return null;
        }
        return i.query().equals(query) ? i.lastSku() : null;
    }
}
