package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * The Amazon catalog as the sandbox's getCatalogItem serves it: one item per {@link SeedCatalog} product (the
 * ASINs the seeded orders sell), listed in every marketplace of the configured sellers except
 * {@value #UNLISTED_PER_MARKETPLACE} products per marketplace, chosen from the seed. The catalog is Amazon's,
 * so every seller sees the same items. Immutable once built.
 */
public final class SandboxCatalog {

    /** The data sets of includedData, in the order Amazon's model lists them and the sandbox writes them. */
    static final List<String> DATA_SETS = List.of("attributes", "classifications", "dimensions", "identifiers",
            "images", "productTypes", "relationships", "salesRanks", "summaries", "vendorDetails");

    static final int UNLISTED_PER_MARKETPLACE = 2;

    private final Map<String, ObjectNode> items = new LinkedHashMap<>();
    private final Map<String, Set<String>> listedIn = new LinkedHashMap<>();

    private SandboxCatalog() {
    }

    static SandboxCatalog generate(SandboxOptions options) {
        Set<String> marketplaceIds = new TreeSet<>();
        options.sellers().forEach(s -> marketplaceIds.addAll(s.marketplaceIds()));
        Map<String, Set<Integer>> unlisted = new LinkedHashMap<>();
        for (String marketplaceId : marketplaceIds) {
            unlisted.put(marketplaceId, unlisted(options.seed(), marketplaceId));
        }
        SeedCatalogItems seeder = new SeedCatalogItems(options.seed());
        SandboxCatalog catalog = new SandboxCatalog();
        for (int i = 0; i < SeedCatalog.PRODUCTS.size(); i++) {
            SeedCatalog.Product product = SeedCatalog.PRODUCTS.get(i);
            List<Marketplace> listed = new ArrayList<>();
            for (String marketplaceId : marketplaceIds) {
                if (!unlisted.get(marketplaceId).contains(i)) {
                    listed.add(Marketplace.of(marketplaceId));
                }
            }
            catalog.items.put(product.asin(), seeder.item(product, listed));
            catalog.listedIn.put(product.asin(), Set.copyOf(listed.stream().map(Marketplace::id).toList()));
        }
        return catalog;
    }

    private static Set<Integer> unlisted(long seed, String marketplaceId) {
        SplittableRandom rnd = new SplittableRandom(seed * 31 + marketplaceId.hashCode());
        Set<Integer> picked = new TreeSet<>();
        while (picked.size() < Math.min(UNLISTED_PER_MARKETPLACE, SeedCatalog.PRODUCTS.size())) {
            picked.add(rnd.nextInt(SeedCatalog.PRODUCTS.size()));
        }
        return picked;
    }

    /** True when getCatalogItem finds the ASIN in that marketplace (false for an unknown ASIN). */
    public boolean listed(String asin, String marketplaceId) {
        return listedIn.getOrDefault(asin, Set.of()).contains(marketplaceId);
    }

    /** Every ASIN in the catalog, in {@link SeedCatalog} order. */
    public Set<String> asins() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(items.keySet()));
    }

    /** A deep copy of the full item: every data set (except vendorDetails) for every marketplace it is listed in. */
    public ObjectNode item(String asin) {
        ObjectNode item = items.get(asin);
        if (item == null) {
            throw new IllegalArgumentException("no catalog item " + asin);
        }
        return item.deepCopy();
    }

    /**
     * What getCatalogItem answers: the requested data sets, each narrowed to the requested marketplaces, or null
     * when the item is listed in none of them. vendorDetails is for vendors only, so a seller never gets it.
     */
    ObjectNode view(String asin, Collection<String> marketplaceIds, Collection<String> includedData) {
        ObjectNode item = items.get(asin);
        if (item == null || marketplaceIds.stream().noneMatch(id -> listed(asin, id))) {
            return null;
        }
        ObjectNode view = Json.object();
        view.put("asin", asin);
        for (String dataSet : DATA_SETS) {
            JsonNode full = item.get(dataSet);
            if (!includedData.contains(dataSet) || full == null) {
                continue;
            }
            view.set(dataSet, "attributes".equals(dataSet)
                    ? attributesIn(full, marketplaceIds)
                    : entriesIn(full, "marketplaceId", marketplaceIds));
        }
        return view;
    }

    private static ObjectNode attributesIn(JsonNode attributes, Collection<String> marketplaceIds) {
        ObjectNode narrowed = Json.object();
        attributes.fields().forEachRemaining(attribute -> {
            ArrayNode values = entriesIn(attribute.getValue(), "marketplace_id", marketplaceIds);
            if (!values.isEmpty()) {
                narrowed.set(attribute.getKey(), values);
            }
        });
        return narrowed;
    }

    private static ArrayNode entriesIn(JsonNode entries, String marketplaceField, Collection<String> marketplaceIds) {
        ArrayNode narrowed = Json.MAPPER.createArrayNode();
        for (JsonNode entry : entries) {
            if (marketplaceIds.contains(entry.path(marketplaceField).asText())) {
                narrowed.add(entry.deepCopy());
            }
        }
        return narrowed;
    }
}
