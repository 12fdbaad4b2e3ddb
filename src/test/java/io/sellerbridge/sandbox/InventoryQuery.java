package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A validated getInventorySummaries request, by the rules of fbaInventory.json: granularityType Marketplace,
 * granularityId and marketplaceIds (exactly one, the same marketplace) required; startDateTime no earlier than 18
 * months ago and, when given, sellerSkus ignored; at most 50 sellerSkus. Where Amazon's wording for a rejection is
 * known it is used; the other messages are the sandbox's own.
 */
record InventoryQuery(String marketplaceId, boolean details, Instant startDateTime, Set<String> sellerSkus,
                      String nextToken) {

    static final int MAX_SELLER_SKUS = 50;
    static final int MAX_START_AGE_MONTHS = 18;
    /** amzn/selling-partner-api-models#4946. */
    static final String BAD_NEXT_TOKEN = "Next token is invalid or expired";

    static InventoryQuery parse(QueryParams q, List<String> sellerMarketplaces, Instant now) {
        boolean details = details(q.first("details"));
        if (!"Marketplace".equals(q.first("granularityType"))) {
            throw new InvalidInputException("granularityType is required and must be Marketplace");
        }
        String granularityId = q.first("granularityId");
        if (granularityId == null || granularityId.isBlank()) {
            throw new InvalidInputException("granularityId is required");
        }
        List<String> marketplaceIds = q.csv("marketplaceIds");
        if (marketplaceIds.size() != 1) {
            throw new InvalidInputException("marketplaceIds is required and takes exactly one marketplace");
        }
        String marketplaceId = marketplaceIds.get(0);
        if (!marketplaceId.equals(granularityId)) {
            throw new InvalidInputException("marketplaceIds must be the granularityId marketplace");
        }
        if (!sellerMarketplaces.contains(marketplaceId)) {
            throw new InvalidInputException("The seller does not sell in marketplace " + marketplaceId);
        }
        Instant start = startDateTime(q.first("startDateTime"), now);
        List<String> skus = q.csv("sellerSkus");
        if (skus.size() > MAX_SELLER_SKUS) {
            throw new InvalidInputException("sellerSkus takes at most " + MAX_SELLER_SKUS + " SKUs");
        }
        String nextToken = q.first("nextToken");
        return new InventoryQuery(marketplaceId, details, start,
                start != null ? Set.of() : Set.copyOf(skus), // "When startDateTime is provided ... sellerSkus is ignored"
                nextToken == null || nextToken.isEmpty() ? null : nextToken);
    }

    /** What a nextToken is bound to: the same seller asking the same question (details only shapes the answer). */
    String binding(String sellerId) {
        return String.join("\n", sellerId, marketplaceId, String.valueOf(startDateTime),
                String.join(",", new TreeSet<>(sellerSkus)));
    }

    /** startDateTime: changed at or after it (an empty lastUpdatedTime never matches); else the listed SKUs, if any. */
    boolean matches(ObjectNode summary) {
        if (startDateTime != null) {
            Instant updated = IsoTimes.parse(summary.path("lastUpdatedTime").asText());
            return updated != null && !updated.isBefore(startDateTime);
        }
        return sellerSkus.isEmpty() || sellerSkus.contains(summary.path("sellerSku").asText());
    }

    private static boolean details(String value) {
        if (value == null) {
            return false;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException("Invalid Input"); // details=0, jlevers/selling-partner-api#75
        };
    }

    private static Instant startDateTime(String value, Instant now) {
        if (value == null) {
            return null;
        }
        Instant start = IsoTimes.parse(value);
        if (start == null) { // amzn/selling-partner-api-docs#110
            throw new InvalidInputException("Query parameter [startDateTime] value is not a valid ISO date-time object.");
        }
        if (start.isBefore(now.atZone(ZoneOffset.UTC).minusMonths(MAX_START_AGE_MONTHS).toInstant())) {
            // Amazon's exact (garbled) wording, amzn/selling-partner-api-models#358
            throw new InvalidInputException("Query startDateTime cannot not be earlier than 19");
        }
        return start;
    }
}
