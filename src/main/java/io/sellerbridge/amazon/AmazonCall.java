package io.sellerbridge.amazon;

import org.apache.camel.Exchange;

/**
 * The exchange properties every stream sets, whichever Amazon API it reads: for whom the work is done and which call
 * it makes. Throttles correlate on the seller, metrics and dead letters name seller, operation and marketplace, logs
 * name the order. Each stream's own properties live with the stream.
 */
public final class AmazonCall {

    /** Amazon's seller (merchant) id. */
    public static final String SELLER_ID = "sellerId";
    /** Amazon's name of the operation being called (getOrders, ListOrderItems, ...). */
    public static final String OPERATION = "amazonOperation";
    /** The one marketplace a call is about (getCatalogItem, getInventorySummaries). */
    public static final String MARKETPLACE_ID = "marketplaceId";
    /** The order being worked on (order streams). */
    public static final String ORDER_ID = "amazonOrderId";

    private AmazonCall() {
    }

    public static String sellerId(Exchange exchange) {
        return exchange.getProperty(SELLER_ID, String.class);
    }

    public static String operation(Exchange exchange) {
        return exchange.getProperty(OPERATION, String.class);
    }
}
