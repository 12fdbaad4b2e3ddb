package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The sandbox's ground truth: every seller's orders and their items as live Jackson nodes. Tests
 * read it to know what a client should have seen, and change it to simulate Amazon-side updates.
 * HTTP answers are deep copies taken under this object's lock, so use {@link #touch} / {@link #put}
 * while requests are in flight; editing a live node directly is only safe while the client is idle.
 */
public final class SandboxData {

    /** Where an order without a usable LastUpdateDate/PurchaseDate is placed in time, relative to its put(). */
    static final Duration UNDATED_AGE = Duration.ofMinutes(5);

    private record Stored(String sellerId, ObjectNode order, List<ObjectNode> items, Instant putAt) {
    }

    /** What an HTTP handler sees of one order while the lock is held. */
    interface Selector<T> {
        /** Returns the value to keep (typically a deep copy) or null to skip the order. */
        T select(ObjectNode liveOrder, Instant undatedFallback);
    }

    private final Map<String, Stored> byId = new LinkedHashMap<>();
    // each seller's orders in insertion order: a search reads only its seller's (hundreds of sellers in a benchmark)
    private final Map<String, Map<String, Stored>> bySeller = new HashMap<>();

    SandboxData() { // built by the seeder; tests get it from AmazonSandbox.data()
    }

    /** The seller's orders (live nodes) in insertion order; unknown seller gives an empty list. */
    public synchronized List<ObjectNode> orders(String sellerId) {
        List<ObjectNode> result = new ArrayList<>();
        for (Stored s : ofSeller(sellerId)) {
            result.add(s.order());
        }
        return Collections.unmodifiableList(result);
    }

    /** The live order node, or null when there is no such order. */
    public synchronized ObjectNode order(String amazonOrderId) {
        Stored s = byId.get(amazonOrderId);
        return s == null ? null : s.order();
    }

    /** The order's live item nodes in page order; empty for an unknown order. */
    public synchronized List<ObjectNode> items(String amazonOrderId) {
        Stored s = byId.get(amazonOrderId);
        return s == null ? List.of() : Collections.unmodifiableList(s.items());
    }

    /** Number of OrderItem entries (lines, not quantities) over all of the seller's orders. */
    public synchronized int totalItems(String sellerId) {
        int total = 0;
        for (Stored s : ofSeller(sellerId)) {
            total += s.items().size();
        }
        return total;
    }

    /** Simulates an Amazon-side update: sets LastUpdateDate (whole seconds, UTC). */
    public synchronized void touch(String amazonOrderId, Instant lastUpdate) {
        Stored s = byId.get(amazonOrderId);
        if (s == null) {
            throw new IllegalArgumentException("no order " + amazonOrderId);
        }
        s.order().put("LastUpdateDate", IsoTimes.format(Objects.requireNonNull(lastUpdate, "lastUpdate")));
    }

    /**
     * Adds or replaces an order (the nodes are kept live, not copied). Only AmazonOrderId is required,
     * so tests can inject unknown enum values or drop fields. An order without a parseable
     * LastUpdateDate is filtered as if updated {@link #UNDATED_AGE} before this call.
     */
    public synchronized void put(String sellerId, ObjectNode order, List<ObjectNode> items) {
        Objects.requireNonNull(sellerId, "sellerId");
        JsonNode id = order.get("AmazonOrderId");
        if (id == null || !id.isTextual() || id.asText().isEmpty()) {
            throw new IllegalArgumentException("order needs a textual AmazonOrderId");
        }
        Stored stored = new Stored(sellerId, order, items == null ? new ArrayList<>() : new ArrayList<>(items),
                Instant.now());
        Stored replaced = byId.put(id.asText(), stored);
        if (replaced != null && !replaced.sellerId().equals(sellerId)) {
            bySeller.get(replaced.sellerId()).remove(id.asText());
        }
        bySeller.computeIfAbsent(sellerId, k -> new LinkedHashMap<>()).put(id.asText(), stored);
    }

    private Iterable<Stored> ofSeller(String sellerId) {
        return bySeller.getOrDefault(sellerId, Map.of()).values();
    }

    synchronized <T> List<T> select(String sellerId, Selector<T> selector) {
        List<T> result = new ArrayList<>();
        for (Stored s : ofSeller(sellerId)) {
            T value = selector.select(s.order(), s.putAt().minus(UNDATED_AGE));
            if (value != null) {
                result.add(value);
            }
        }
        return result;
    }

    /** A deep copy of the seller's order, or null when unknown or owned by another seller. */
    synchronized ObjectNode copyOrder(String sellerId, String amazonOrderId) {
        Stored s = byId.get(amazonOrderId);
        return s == null || !s.sellerId().equals(sellerId) ? null : s.order().deepCopy();
    }

    synchronized boolean owns(String sellerId, String amazonOrderId) {
        Stored s = byId.get(amazonOrderId);
        return s != null && s.sellerId().equals(sellerId);
    }

    /** Deep copies of the seller's order items, or null when the order is unknown to this seller. */
    synchronized List<ObjectNode> copyItems(String sellerId, String amazonOrderId) {
        Stored s = byId.get(amazonOrderId);
        if (s == null || !s.sellerId().equals(sellerId)) {
            return null;
        }
        List<ObjectNode> copies = new ArrayList<>(s.items().size());
        s.items().forEach(item -> copies.add(item.deepCopy()));
        return copies;
    }
}
