package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Fills {@link SandboxInventory}: per seller and marketplace, one FBA summary per {@link SeedCatalog} product plus
 * {@code extraInventorySkus} generated SKUs. Quantities are a pure function of (seed, seller, marketplace);
 * lastUpdatedTime lies in [start - history, start - 5 min] like the orders' LastUpdateDate. About one SKU in ten
 * has no stock at all and, as in Amazon's own example, an empty lastUpdatedTime.
 */
final class SeedInventory {

    private static final String[] RESEARCH_TERMS = {"researchingQuantityInShortTerm", "researchingQuantityInMidTerm",
        "researchingQuantityInLongTerm"};
    private static final String[] UNFULFILLABLE = {"customerDamagedQuantity", "warehouseDamagedQuantity",
        "distributorDamagedQuantity", "carrierDamagedQuantity", "defectiveQuantity", "expiredQuantity"};

    private final SandboxOptions options;
    private final Instant now;
    private final IdSource ids = new IdSource();

    private SeedInventory(SandboxOptions options, Instant now) {
        this.options = options;
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
    }

    static SandboxInventory generate(SandboxOptions options, Instant now) {
        SandboxInventory inventory = new SandboxInventory();
        SeedInventory seeder = new SeedInventory(options, now);
        for (SandboxSeller seller : options.sellers()) {
            for (String marketplaceId : seller.marketplaceIds()) {
                seeder.seed(seller.sellerId(), marketplaceId, inventory);
            }
        }
        return inventory;
    }

    private void seed(String sellerId, String marketplaceId, SandboxInventory inventory) {
        SplittableRandom rnd = new SplittableRandom(options.seed() * 0x9E3779B97F4A7C15L
                + (sellerId + '/' + marketplaceId).hashCode());
        for (SeedCatalog.Product p : SeedCatalog.PRODUCTS) {
            inventory.put(sellerId, marketplaceId, summary(rnd, p.asin(), p.sellerSku(), p.title(), "NewItem"));
        }
        for (int i = 1; i <= options.extraInventorySkus(); i++) {
            String number = String.format(Locale.ROOT, "%05d", i);
            String condition = rnd.nextInt(8) == 0 ? "UsedLikeNew" : "NewItem";
            inventory.put(sellerId, marketplaceId,
                    summary(rnd, "B0SBX" + number, "SBX-FBA-" + number, "Sandbox FBA item " + number, condition));
        }
    }

    private ObjectNode summary(SplittableRandom rnd, String asin, String sellerSku, String productName,
                               String condition) {
        boolean stocked = rnd.nextInt(10) != 0;
        ObjectNode s = Json.object();
        s.put("asin", asin);
        // an FBA unit carries either its manufacturer barcode (fnSku = ASIN) or an Amazon "X00..." label
        s.put("fnSku", rnd.nextBoolean() ? asin : "X00" + ids.alphanumeric(rnd, 7).toUpperCase(Locale.ROOT));
        s.put("sellerSku", sellerSku);
        s.put("condition", condition);
        ObjectNode details = s.putObject("inventoryDetails");
        details.put("fulfillableQuantity", stocked ? rnd.nextInt(300) : 0);
        details.put("inboundWorkingQuantity", stocked && rnd.nextInt(4) == 0 ? rnd.nextInt(40) : 0);
        details.put("inboundShippedQuantity", stocked && rnd.nextInt(4) == 0 ? rnd.nextInt(40) : 0);
        details.put("inboundReceivingQuantity", stocked && rnd.nextInt(6) == 0 ? rnd.nextInt(20) : 0);
        ObjectNode reserved = details.putObject("reservedQuantity");
        int pendingOrders = stocked ? rnd.nextInt(8) : 0;
        int transshipment = stocked ? rnd.nextInt(4) : 0;
        int fcProcessing = stocked ? rnd.nextInt(3) : 0;
        reserved.put("totalReservedQuantity", pendingOrders + transshipment + fcProcessing);
        reserved.put("pendingCustomerOrderQuantity", pendingOrders);
        reserved.put("pendingTransshipmentQuantity", transshipment);
        reserved.put("fcProcessingQuantity", fcProcessing);
        ObjectNode researching = details.putObject("researchingQuantity");
        ArrayNode breakdown = Json.MAPPER.createArrayNode();
        int researchingTotal = 0;
        if (stocked) { // Amazon's example leaves the breakdown empty for a SKU without stock
            for (String term : RESEARCH_TERMS) {
                int quantity = rnd.nextInt(5) == 0 ? 1 + rnd.nextInt(3) : 0;
                researchingTotal += quantity;
                breakdown.addObject().put("name", term).put("quantity", quantity);
            }
        }
        researching.put("totalResearchingQuantity", researchingTotal);
        researching.set("researchingQuantityBreakdown", breakdown);
        ObjectNode unfulfillable = details.putObject("unfulfillableQuantity");
        int unfulfillableTotal = 0;
        int[] parts = new int[UNFULFILLABLE.length];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = stocked && rnd.nextInt(6) == 0 ? 1 + rnd.nextInt(4) : 0;
            unfulfillableTotal += parts[i];
        }
        unfulfillable.put("totalUnfulfillableQuantity", unfulfillableTotal);
        for (int i = 0; i < parts.length; i++) {
            unfulfillable.put(UNFULFILLABLE[i], parts[i]);
        }
        s.put("lastUpdatedTime", stocked ? IsoTimes.format(lastUpdated(rnd)) : "");
        s.put("productName", productName);
        s.put("totalQuantity", SandboxInventory.totalQuantity(details));
        return s;
    }

    private Instant lastUpdated(SplittableRandom rnd) {
        Instant newest = now.minus(SeedData.NEWEST_UPDATE_AGE);
        long spanSeconds = Math.max(0, options.history().minus(SeedData.NEWEST_UPDATE_AGE).toSeconds());
        return spanSeconds == 0 ? newest : newest.minusSeconds(rnd.nextLong(spanSeconds + 1));
    }
}
