package io.sellerbridge.inventory;

import io.sellerbridge.canonical.CanonicalInventory;
import io.sellerbridge.canonical.Values;
import io.sellerbridge.spapi.JsonFields;
import io.sellerbridge.spapi.LocatedJson;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * An FBA Inventory API v1 {@code InventorySummary} (one element of getInventorySummaries' inventorySummaries) to the
 * canonical inventory level. Reserved, researching and unfulfillable are Amazon's totals; without
 * {@code details=true} Amazon sends no inventoryDetails and those quantities stay absent.
 */
public class SpApiInventoryMapper {

    public CanonicalInventory toCanonical(String sellerId, String marketplaceId, JsonNode summary,
                                          Instant observedAt) {
        LocatedJson s = new LocatedJson(summary, "InventorySummary");
        JsonFields f = s.fields();
        LocatedJson d = s.object("inventoryDetails");
        return new CanonicalInventory(
                sellerId,
                marketplaceId,
                f.required("sellerSku"),
                f.text("asin"),
                f.text("fnSku"),
                f.text("condition"),
                f.text("productName"),
                d == null ? null : d.count("fulfillableQuantity"),
                d == null ? null : d.count("inboundWorkingQuantity"),
                d == null ? null : d.count("inboundShippedQuantity"),
                d == null ? null : d.count("inboundReceivingQuantity"),
                total(d, "reservedQuantity", "totalReservedQuantity"),
                total(d, "researchingQuantity", "totalResearchingQuantity"),
                total(d, "unfulfillableQuantity", "totalUnfulfillableQuantity"),
                s.count("totalQuantity"),
                lastUpdatedTime(f),
                Values.utc("observedAt", observedAt.toString()));
    }

    private static Integer total(LocatedJson details, String group, String totalField) {
        LocatedJson quantities = details == null ? null : details.object(group);
        return quantities == null ? null : quantities.count(totalField);
    }

    /** Amazon's own example sends "" for a SKU that never had stock: that is no time, not a bad one. */
    private static String lastUpdatedTime(JsonFields summary) {
        String value = summary.text("lastUpdatedTime");
        return value == null || value.isBlank() ? null : Values.utc("InventorySummary.lastUpdatedTime", value);
    }
}
