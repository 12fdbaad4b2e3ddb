package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A multi-channel fulfilment order: the seller's sale in another shop, shipped by Amazon from its FBA stock. The
 * all-orders reports list it among the Amazon orders, with sales channel "Non-Amazon", an order id like
 * "S01-3718414-0463502" (Seller Central's field list for the report) and no prices. It belongs to no Amazon
 * marketplace, so getOrders, asked for Amazon marketplaces, never returns it, and the bundle must leave it out.
 */
final class MultiChannelOrder {

    static final String SALES_CHANNEL = "Non-Amazon";

    private MultiChannelOrder() {
    }

    /** The seller's MCF order last updated at {@code lastUpdate}; the same inputs give the same order. */
    static OrderSnapshot updatedAt(String sellerId, Instant lastUpdate) {
        long n = Integer.toUnsignedLong((sellerId + lastUpdate).hashCode());
        String id = String.format(Locale.ROOT, "S01-%07d-%07d", n % 10_000_000, n / 10_000_000 % 10_000_000);
        ObjectNode o = Json.object();
        o.put("AmazonOrderId", id);
        o.put("SellerOrderId", "SHOP-" + (n % 100_000));
        o.put("PurchaseDate", IsoTimes.format(lastUpdate.minus(Duration.ofHours(20))));
        o.put("LastUpdateDate", IsoTimes.format(lastUpdate));
        o.put("OrderStatus", "Shipped");
        o.put("FulfillmentChannel", "AFN");
        o.put("SalesChannel", SALES_CHANNEL);
        o.put("ShipServiceLevel", "Standard");
        o.put("IsBusinessOrder", false);
        SeedCatalog.Product product = SeedCatalog.PRODUCTS.get((int) (n % SeedCatalog.PRODUCTS.size()));
        ObjectNode item = Json.object();
        item.put("OrderItemId", String.format(Locale.ROOT, "%014d", n));
        item.put("ASIN", product.asin());
        item.put("SellerSKU", product.sellerSku());
        item.put("Title", product.title());
        item.put("QuantityOrdered", 1);
        item.put("QuantityShipped", 1);
        return new OrderSnapshot(o, List.of(item));
    }
}
