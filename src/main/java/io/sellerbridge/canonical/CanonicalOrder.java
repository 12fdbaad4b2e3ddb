package io.sellerbridge.canonical;

import java.util.List;

/**
 * The order as published on {@code amazon.orders.v1}: one message per order version, with its items.
 * Documented by {@code schemas/amazon.orders.v1.schema.json}; field names follow Amazon's, in lower camel case.
 */
public record CanonicalOrder(
        String sellerId,
        String marketplaceId,
        String amazonOrderId,
        String sellerOrderId,
        String purchaseDate,
        String lastUpdateDate,
        String orderStatus,
        String fulfillmentChannel,
        String salesChannel,
        String orderChannel,
        String shipServiceLevel,
        String shipmentServiceLevelCategory,
        String orderType,
        Money orderTotal,
        Integer numberOfItemsShipped,
        Integer numberOfItemsUnshipped,
        String paymentMethod,
        List<String> paymentMethodDetails,
        Boolean isBusinessOrder,
        Boolean isPrime,
        Boolean isPremiumOrder,
        Boolean isReplacementOrder,
        String replacedOrderId,
        String earliestShipDate,
        String latestShipDate,
        String earliestDeliveryDate,
        String latestDeliveryDate,
        Buyer buyer,
        Address shippingAddress,
        List<CanonicalOrderItem> items,
        String reportOrderStatus,
        String reportFulfillmentChannel) implements CanonicalMessage, Versioned {

    /**
     * An order as an API gives it, whose words are all the API's own. Only an order report may write a word the
     * Orders API does not have: it is kept in {@code reportOrderStatus} / {@code reportFulfillmentChannel}, and the
     * API field stays absent unless the word's meaning is sourced (BEHAVIOR.md, "Order reports").
     */
    public CanonicalOrder(String sellerId, String marketplaceId, String amazonOrderId, String sellerOrderId,
                          String purchaseDate, String lastUpdateDate, String orderStatus, String fulfillmentChannel,
                          String salesChannel, String orderChannel, String shipServiceLevel,
                          String shipmentServiceLevelCategory, String orderType, Money orderTotal,
                          Integer numberOfItemsShipped, Integer numberOfItemsUnshipped, String paymentMethod,
                          List<String> paymentMethodDetails, Boolean isBusinessOrder, Boolean isPrime,
                          Boolean isPremiumOrder, Boolean isReplacementOrder, String replacedOrderId,
                          String earliestShipDate, String latestShipDate, String earliestDeliveryDate,
                          String latestDeliveryDate, Buyer buyer, Address shippingAddress,
                          List<CanonicalOrderItem> items) {
        this(sellerId, marketplaceId, amazonOrderId, sellerOrderId, purchaseDate, lastUpdateDate, orderStatus,
                fulfillmentChannel, salesChannel, orderChannel, shipServiceLevel, shipmentServiceLevelCategory,
                orderType, orderTotal, numberOfItemsShipped, numberOfItemsUnshipped, paymentMethod,
                paymentMethodDetails, isBusinessOrder, isPrime, isPremiumOrder, isReplacementOrder, replacedOrderId,
                earliestShipDate, latestShipDate, earliestDeliveryDate, latestDeliveryDate, buyer, shippingAddress,
                items, null, null);
    }

    /** The Kafka record key: one order always lands on one partition, and a compacted topic keeps its latest state. */
    @Override
    public String recordKey() {
        return sellerId + ":" + amazonOrderId;
    }

    /** Identifies this version of the order: the same order updated again is a new version. */
    @Override
    public String versionId() {
        return sellerId + ":" + amazonOrderId + ":" + lastUpdateDate;
    }

    @Override
    public String eventId() {
        return versionId();
    }

    @Override
    public String eventTime() {
        return lastUpdateDate;
    }
}
