package io.sellerbridge.checkpoint;

import io.sellerbridge.amazon.PolledSeller;

import java.util.List;

/**
 * The one scheme of the checkpoint topic's keys: {@code <stream>:<sellerId>[:<marketplaceIds>]}, the marketplaces
 * sorted and comma-separated, present when the position is one of a marketplace set (an orders query, an inventory
 * scan) and absent when it is the seller's (a report stream: Amazon's order reports cover the whole region).
 * <p>
 * Streams: {@code spapi-orders}, {@code mws-orders}, {@code spapi-inventory}, {@code spapi-report-<name>}. A stream's
 * second fact about a seller is kept under {@code <stream>-<aspect>}: {@code spapi-inventory-full} (the last full
 * scan), {@code spapi-report-<name>-until} and {@code -done} (a backfill's hand-over point, and that it reached it).
 * Every value is an ISO-8601 instant. BEHAVIOR.md and k8s/README.md list the keys for operators.
 */
public record CheckpointKey(String stream, String sellerId, List<String> marketplaceIds) {

    public CheckpointKey {
        marketplaceIds = marketplaceIds.stream().sorted().toList();
    }

    /** The position of one seller across all its marketplaces (an orders query covers them together). */
    public static CheckpointKey of(String stream, PolledSeller seller) {
        return new CheckpointKey(stream, seller.sellerId(), seller.marketplaceIds());
    }

    /** The position of one seller in one marketplace. */
    public static CheckpointKey of(String stream, String sellerId, String marketplaceId) {
        return new CheckpointKey(stream, sellerId, List.of(marketplaceId));
    }

    /** The position of one seller, whatever its marketplaces. */
    public static CheckpointKey ofSeller(String stream, String sellerId) {
        return new CheckpointKey(stream, sellerId, List.of());
    }

    /** Another fact the same stream keeps about the same seller and marketplaces. */
    public CheckpointKey aspect(String aspect) {
        return new CheckpointKey(stream + "-" + aspect, sellerId, marketplaceIds);
    }

    /** The one marketplace of a per-marketplace position. */
    public String marketplaceId() {
        if (marketplaceIds.size() != 1) {
            throw new IllegalStateException(this + " is not the position of one marketplace");
        }
        return marketplaceIds.get(0);
    }

    @Override
    public String toString() {
        return stream + ":" + sellerId + (marketplaceIds.isEmpty() ? "" : ":" + String.join(",", marketplaceIds));
    }
}
