package io.sellerbridge.canonical;

/**
 * A buyer's personal data for one order, as published on {@code amazon.order-pii.v1} for sellers that opted in
 * ({@code spapi.pii.enabled}): never on the orders topic, and deleted (a tombstone) once {@code deleteAfter} has
 * passed. The same key as the order's record, so a consumer allowed to read both joins them by key. Documented by
 * {@code schemas/amazon.order-pii.v1.schema.json}.
 */
public record CanonicalOrderPii(
        String sellerId,
        String marketplaceId,
        String amazonOrderId,
        String lastUpdateDate,
        Buyer buyer,
        Address shippingAddress,
        String deleteAfter) implements CanonicalMessage {

    @Override
    public String recordKey() {
        return sellerId + ":" + amazonOrderId;
    }

    /** Not the order record's id: CloudEvents ids are unique per source, and both records have the same source. */
    @Override
    public String eventId() {
        return sellerId + ":" + amazonOrderId + ":" + lastUpdateDate + ":buyer-data";
    }

    @Override
    public String eventTime() {
        return lastUpdateDate;
    }
}
