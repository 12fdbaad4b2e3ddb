package io.sellerbridge.canonical;

/**
 * The FBA inventory level of one seller SKU in one marketplace, as published on {@code amazon.inventory.v1}, whether
 * it came from the FBA Inventory API (getInventorySummaries) or from an FBA inventory report. Quantities are units;
 * reserved, researching and unfulfillable are Amazon's totals. Documented by
 * {@code schemas/amazon.inventory.v1.schema.json}.
 */
public record CanonicalInventory(
        String sellerId,
        String marketplaceId,
        String sellerSku,
        String asin,
        String fnSku,
        String condition,
        String productName,
        Integer fulfillableQuantity,
        Integer inboundWorkingQuantity,
        Integer inboundShippedQuantity,
        Integer inboundReceivingQuantity,
        Integer reservedQuantity,
        Integer researchingQuantity,
        Integer unfulfillableQuantity,
        Integer totalQuantity,
        String lastUpdatedTime,
        String observedAt) implements CanonicalMessage, Versioned {

    /** The Kafka record key: a compacted topic keeps the latest level of each SKU. */
    @Override
    public String recordKey() {
        return sellerId + ":" + marketplaceId + ":" + sellerSku;
    }

    /**
     * Identifies this level by Amazon's lastUpdatedTime and the quantities themselves: Amazon does not move
     * lastUpdatedTime for changes of the inbound quantities, and some levels have no time at all. The same level seen
     * again (a restarted scan, the next full scan) is the same version; any change is a new one.
     */
    @Override
    public String versionId() {
        return recordKey() + ":" + (lastUpdatedTime != null ? lastUpdatedTime : "-") + ":" + fulfillableQuantity + "/"
                + inboundWorkingQuantity + "/" + inboundShippedQuantity + "/" + inboundReceivingQuantity + "/"
                + reservedQuantity + "/" + researchingQuantity + "/" + unfulfillableQuantity + "/" + totalQuantity;
    }

    @Override
    public String eventId() {
        return versionId();
    }

    @Override
    public String eventTime() {
        return lastUpdatedTime != null ? lastUpdatedTime : observedAt;
    }
}
