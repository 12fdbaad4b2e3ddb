package io.sellerbridge.inventory;

import java.time.Instant;

/**
 * One walk through a seller's FBA inventory in one marketplace: everything ({@code full}) or what changed since
 * {@code changedSince}. {@code startedAt} becomes the checkpoint once every page was published.
 */
public record InventoryScan(String sellerId, String marketplaceId, boolean full, Instant changedSince, Instant startedAt) {

    public String checkpointKey() {
        return "spapi-inventory:" + sellerId + ":" + marketplaceId;
    }

    public String fullScanCheckpointKey() {
        return "spapi-inventory-full:" + sellerId + ":" + marketplaceId;
    }
}
