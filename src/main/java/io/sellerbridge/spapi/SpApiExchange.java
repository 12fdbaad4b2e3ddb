package io.sellerbridge.spapi;

import io.sellerbridge.config.SellerConfig;
import org.apache.camel.Exchange;

/** Names of the exchange properties the SP-API routes share. Context lives in properties, never in headers. */
public final class SpApiExchange {

    public static final String SELLER = "seller";
    public static final String SELLER_ID = "sellerId";
    public static final String OPERATION = "spapiOperation";
    public static final String WINDOW = "ordersWindow";
    public static final String NEXT_TOKEN = "nextToken";
    public static final String MORE_PAGES = "morePages";
    public static final String ORDER = "order";
    public static final String ORDER_ID = "amazonOrderId";
    public static final String VERSION_ID = "orderVersionId";
    public static final String ORDER_ITEMS = "orderItems";

    private SpApiExchange() {
    }

    public static SellerConfig seller(Exchange exchange) {
        SellerConfig seller = exchange.getProperty(SELLER, SellerConfig.class);
        if (seller == null) {
            throw new IllegalStateException("exchange has no '" + SELLER + "' property");
        }
        return seller;
    }
}
