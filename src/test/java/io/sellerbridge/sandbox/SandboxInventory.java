package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The FBA inventory getInventorySummaries serves: per seller and marketplace, one {@code InventorySummary} per
 * seller SKU, in the order Amazon pages them (by seller SKU). Tests read it to know what a client should have
 * seen and {@link #update} it to simulate stock moving at Amazon. Thread-safe; HTTP answers are deep copies.
 */
public final class SandboxInventory {

    /** One page of summaries and whether more match after its last one. */
    record Page(List<ObjectNode> summaries, boolean more) {
    }

    private final Map<String, NavigableMap<String, ObjectNode>> bySellerAndMarketplace = new HashMap<>();

    SandboxInventory() { // filled by SeedInventory; tests get it from AmazonSandbox.inventory()
    }

    /** Deep copies of the seller's summaries in the marketplace, in page order; empty when it has none. */
    public synchronized List<ObjectNode> summaries(String sellerId, String marketplaceId) {
        List<ObjectNode> copies = new ArrayList<>();
        skus(sellerId, marketplaceId).values().forEach(s -> copies.add(s.deepCopy()));
        return copies;
    }

    /**
     * Simulates stock moving at Amazon: sets fulfillableQuantity and lastUpdatedTime (whole seconds, UTC) of one
     * SKU and recomputes totalQuantity.
     */
    public synchronized void update(String sellerId, String marketplaceId, String sellerSku, int fulfillableQuantity,
                                    Instant lastUpdatedTime) {
        if (fulfillableQuantity < 0) {
            throw new IllegalArgumentException("fulfillableQuantity must be >= 0, was " + fulfillableQuantity);
        }
        ObjectNode summary = skus(sellerId, marketplaceId).get(sellerSku);
        if (summary == null) {
            throw new IllegalArgumentException("seller " + sellerId + " has no SKU " + sellerSku + " in " + marketplaceId);
        }
        ((ObjectNode) summary.get("inventoryDetails")).put("fulfillableQuantity", fulfillableQuantity);
        summary.put("lastUpdatedTime", IsoTimes.format(Objects.requireNonNull(lastUpdatedTime, "lastUpdatedTime")));
        summary.put("totalQuantity", totalQuantity(summary.get("inventoryDetails")));
    }

    synchronized void put(String sellerId, String marketplaceId, ObjectNode summary) {
        bySellerAndMarketplace.computeIfAbsent(key(sellerId, marketplaceId), k -> new TreeMap<>())
                .put(summary.get("sellerSku").asText(), summary);
    }

    /** Up to {@code size} matching summaries after {@code afterSku} (null: from the first), as deep copies. */
    synchronized Page page(String sellerId, String marketplaceId, String afterSku, int size,
                           Predicate<ObjectNode> matches) {
        NavigableMap<String, ObjectNode> skus = skus(sellerId, marketplaceId);
        List<ObjectNode> page = new ArrayList<>();
        for (ObjectNode summary : (afterSku == null ? skus : skus.tailMap(afterSku, false)).values()) {
            if (!matches.test(summary)) {
                continue;
            }
            if (page.size() == size) {
                return new Page(page, true);
            }
            page.add(summary.deepCopy());
        }
        return new Page(page, false);
    }

    /** Everything in Amazon's fulfillment network or on its way there, as in Amazon's example (66 + 21 = 87). */
    static int totalQuantity(JsonNode details) {
        return details.get("fulfillableQuantity").asInt()
                + details.get("inboundWorkingQuantity").asInt()
                + details.get("inboundShippedQuantity").asInt()
                + details.get("inboundReceivingQuantity").asInt()
                + details.get("reservedQuantity").get("totalReservedQuantity").asInt()
                + details.get("researchingQuantity").get("totalResearchingQuantity").asInt()
                + details.get("unfulfillableQuantity").get("totalUnfulfillableQuantity").asInt();
    }

    private NavigableMap<String, ObjectNode> skus(String sellerId, String marketplaceId) {
        return bySellerAndMarketplace.getOrDefault(key(sellerId, marketplaceId), new TreeMap<>());
    }

    private static String key(String sellerId, String marketplaceId) {
        return sellerId + '\n' + marketplaceId;
    }
}
