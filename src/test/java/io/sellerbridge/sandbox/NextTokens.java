package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Opaque NextToken values and the result snapshots behind them. The first page of a multi-page
 * result freezes the full result list (deep copies), so an order updated while a client pages does
 * not shift later pages. Tokens are standard base64 that always contains '+', '/' and '=', so a
 * client that forgets to URL-encode them gets a 400, as with Amazon.
 */
final class NextTokens {

    /**
     * A frozen result list. scope says which listing it continues: "getOrders", the AmazonOrderId whose
     * items were listed, or an MWS scope ("ListOrders", "ListOrderItems " + AmazonOrderId).
     */
    record Snapshot(String id, String sellerId, String scope, List<ObjectNode> rows, int pageSize,
                    String beforeField, String beforeValue) {
    }

    record Cursor(Snapshot snapshot, int offset) {
    }

    private static final int MAX_SNAPSHOTS = 1024;
    /** Encodes as "+/+/" in base64; lets us reject garbage cheaply and guarantees '+' and '/'. */
    private static final byte[] MAGIC = {(byte) 0xFB, (byte) 0xFE, (byte) 0xFF};

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Snapshot> snapshots = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Snapshot> eldest) {
            return size() > MAX_SNAPSHOTS; // least recently paged result goes first
        }
    };

    synchronized Snapshot freeze(String sellerId, String scope, List<ObjectNode> rows, int pageSize,
                                 String beforeField, String beforeValue) {
        byte[] idBytes = new byte[8];
        random.nextBytes(idBytes);
        Snapshot s = new Snapshot(HexFormat.of().formatHex(idBytes), sellerId, scope, List.copyOf(rows), pageSize,
                beforeField, beforeValue);
        snapshots.put(s.id(), s);
        return s;
    }

    String token(Snapshot snapshot, int offset) {
        byte[] payload = (snapshot.id() + ":" + offset).getBytes(StandardCharsets.US_ASCII);
        int length = MAGIC.length + 1 + payload.length;
        int padded = length + Math.floorMod(1 - length, 3); // length % 3 == 1, so base64 ends in "=="
        byte[] raw = new byte[padded];
        System.arraycopy(MAGIC, 0, raw, 0, MAGIC.length);
        raw[MAGIC.length] = (byte) payload.length;
        System.arraycopy(payload, 0, raw, MAGIC.length + 1, payload.length);
        return Base64.getEncoder().encodeToString(raw);
    }

    /** The cursor a token points at, or null when the token is garbled, expired or not this caller's. */
    Cursor resolve(String token, String sellerId, String scope) {
        return resolve(token, sellerId, scope::equals);
    }

    /** As above, for callers that do not know the exact scope (MWS ...ByNextToken carries no order id). */
    synchronized Cursor resolve(String token, String sellerId, Predicate<String> scope) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (raw.length <= MAGIC.length || raw[0] != MAGIC[0] || raw[1] != MAGIC[1] || raw[2] != MAGIC[2]) {
            return null;
        }
        int length = raw[MAGIC.length] & 0xFF;
        if (raw.length < MAGIC.length + 1 + length) {
            return null;
        }
        String[] parts = new String(raw, MAGIC.length + 1, length, StandardCharsets.US_ASCII).split(":");
        if (parts.length != 2) {
            return null;
        }
        Snapshot s = snapshots.get(parts[0]);
        if (s == null || !s.sellerId().equals(sellerId) || !scope.test(s.scope())) {
            return null;
        }
        try {
            int offset = Integer.parseInt(parts[1]);
            return offset > 0 && offset < s.rows().size() ? new Cursor(s, offset) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
