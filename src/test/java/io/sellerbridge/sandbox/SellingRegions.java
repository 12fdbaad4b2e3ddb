package io.sellerbridge.sandbox;

import java.util.Collection;
import java.util.Map;

/**
 * Amazon's selling regions, grouped as the "Marketplace IDs" page groups the marketplaces. The all-orders reports
 * ignore the marketplaceIds they were asked for and hold the orders of every marketplace of the region
 * (amzn/selling-partner-api-models#1859: asked for Sweden, got Amazon.co.uk; #2209: asked for the US, got Canada and
 * Mexico too).
 */
final class SellingRegions {

    private static final Map<String, String> REGION_BY_MARKETPLACE = Map.ofEntries(
            Map.entry("A2EUQ1WTGCTBG2", "NA"), Map.entry("ATVPDKIKX0DER", "NA"), Map.entry("A1AM78C64UM0Y8", "NA"),
            Map.entry("A2Q3Y263D00KWC", "NA"),
            Map.entry("A28R8C7NBKEWEA", "EU"), Map.entry("A1RKKUPIHCS9HS", "EU"), Map.entry("A1F83G8C2ARO7P", "EU"),
            Map.entry("A13V1IB3VIYZZH", "EU"), Map.entry("AMEN7PMS3EDWL", "EU"), Map.entry("A1805IZSGTT6HS", "EU"),
            Map.entry("A1PA6795UKMFR9", "EU"), Map.entry("APJ6JRA9NG5V4", "EU"), Map.entry("A2NODRKZP88ZB9", "EU"),
            Map.entry("AE08WJ6YKNBMC", "EU"), Map.entry("A1C3SOZRARQ6R3", "EU"), Map.entry("ARBP9OOSHTCHU", "EU"),
            Map.entry("A33AVAJ2PDY3EV", "EU"), Map.entry("A17E79C6D8DWNP", "EU"), Map.entry("A2VIGQ35RCS4UG", "EU"),
            Map.entry("A21TJRUUN4KGV", "EU"),
            Map.entry("A19VAU5U5O7RUS", "FE"), Map.entry("A39IBJ37TRP1C6", "FE"), Map.entry("A1VC38T7YXB528", "FE"));

    private SellingRegions() {
    }

    static String of(String marketplaceId) {
        String region = REGION_BY_MARKETPLACE.get(marketplaceId);
        if (region == null) {
            throw new IllegalArgumentException("marketplace " + marketplaceId + " is in no selling region");
        }
        return region;
    }

    /** Whether a marketplace is one of the region's; false for a marketplace the table does not know. */
    static boolean isIn(String marketplaceId, String region) {
        return region.equals(REGION_BY_MARKETPLACE.get(marketplaceId));
    }

    /** The regions, NA, EU and FE. */
    static java.util.Set<String> regions() {
        return new java.util.TreeSet<>(REGION_BY_MARKETPLACE.values());
    }

    /** Whether a report asked for {@code asked} holds the orders of {@code marketplaceId}. */
    static boolean sameRegion(Collection<String> asked, String marketplaceId) {
        String region = of(marketplaceId);
        return asked.stream().anyMatch(id -> of(id).equals(region));
    }
}
