package io.sellerbridge.orders;

import io.sellerbridge.config.SellerConfig;
import org.apache.camel.Exchange;

/** Names of the exchange properties the order streams (SP-API, MWS) share. Context lives in properties, never in headers. */
public final class OrderExchange {

    public static final String SELLER = "seller";
    public static final String SELLER_ID = "sellerId";
    /** The one marketplace a call is about (getCatalogItem, getInventorySummaries); logs and metrics name it. */
    public static final String MARKETPLACE_ID = "marketplaceId";
    public static final String OPERATION = "spapiOperation";
    public static final String WINDOW = "ordersWindow";
    public static final String NEXT_TOKEN = "nextToken";
    public static final String MORE_PAGES = "morePages";
    public static final String ORDER = "order";
    public static final String ORDER_ID = "amazonOrderId";
    public static final String VERSION_ID = "orderVersionId";
    public static final String ORDER_ITEMS = "orderItems";

    private OrderExchange() {
    }

    public static SellerConfig seller(Exchange exchange) {
        SellerConfig seller = exchange.getProperty(SELLER, SellerConfig.class);
        if (seller == null) {
            throw new IllegalStateException("exchange has no '" + SELLER + "' property");
        }
        return seller;
    }
}
