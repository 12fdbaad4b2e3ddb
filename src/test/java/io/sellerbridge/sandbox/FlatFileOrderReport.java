package io.sellerbridge.sandbox;

import static io.sellerbridge.sandbox.OrderReportVocabulary.amount;
import static io.sellerbridge.sandbox.OrderReportVocabulary.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL: a header row, then one tab-separated row per order item with
 * the order's facts repeated, newest update first. Columns as Amazon writes them (32 since 2017: the MWS client
 * libraries' expected header, airbyte's schema for the report).
 */
final class FlatFileOrderReport implements ReportDocumentContent {

    static final List<String> COLUMNS = List.of("amazon-order-id", "merchant-order-id", "purchase-date",
            "last-updated-date", "order-status", "fulfillment-channel", "sales-channel", "order-channel", "url",
            "ship-service-level", "product-name", "sku", "asin", "item-status", "quantity", "currency", "item-price",
            "item-tax", "shipping-price", "shipping-tax", "gift-wrap-price", "gift-wrap-tax",
            "item-promotion-discount", "ship-promotion-discount", "ship-city", "ship-state", "ship-postal-code",
            "ship-country", "promotion-ids", "is-business-order", "purchase-order-number", "price-designation");

    static final String LINE_END = "\n";

    private final List<OrderSnapshot> orders;

    FlatFileOrderReport(List<OrderSnapshot> orders) {
        this.orders = List.copyOf(orders);
    }

    @Override
    public String mediaType() {
        return "text/plain";
    }

    @Override
    public long dataRows() {
        return orders.stream().mapToLong(o -> o.items().size()).sum();
    }

    @Override
    public void write(Out out) throws IOException {
        out.text(header());
        for (OrderSnapshot o : orders) {
            for (ObjectNode item : o.items()) {
                if (!out.row(line(cells(o.order(), item)))) {
                    return;
                }
            }
        }
    }

    /** One column short: the reader sees a wrong column count. */
    @Override
    public String corrupt(String row) {
        return row.substring(0, row.lastIndexOf('\t')) + LINE_END;
    }

    static String header() {
        return String.join("\t", COLUMNS) + LINE_END;
    }

    /** The cells in Amazon's column order; a column without a value is empty. */
    static String line(Map<String, String> cells) {
        StringBuilder line = new StringBuilder(512);
        for (String column : COLUMNS) {
            if (line.length() > 0) {
                line.append('\t');
            }
            line.append(OrderReportVocabulary.cell(cells.get(column)));
        }
        return line.append(LINE_END).toString();
    }

    private static Map<String, String> cells(ObjectNode order, ObjectNode item) {
        Map<String, String> c = new HashMap<>();
        c.put("amazon-order-id", text(order, "AmazonOrderId"));
        c.put("merchant-order-id", text(order, "SellerOrderId"));
        c.put("purchase-date", ReportTimes.format(text(order, "PurchaseDate")));
        c.put("last-updated-date", ReportTimes.format(text(order, "LastUpdateDate")));
        c.put("order-status", OrderReportVocabulary.orderStatus(order));
        c.put("fulfillment-channel", OrderReportVocabulary.fulfillmentChannel(text(order, "FulfillmentChannel")));
        c.put("sales-channel", text(order, "SalesChannel"));
        c.put("order-channel", text(order, "OrderChannel"));
        c.put("ship-service-level", text(order, "ShipServiceLevel"));
        c.put("product-name", text(item, "Title"));
        c.put("sku", text(item, "SellerSKU"));
        c.put("asin", text(item, "ASIN"));
        c.put("item-status", OrderReportVocabulary.itemStatus(order, item));
        c.put("quantity", text(item, "QuantityOrdered"));
        JsonNode price = item.get("ItemPrice");
        c.put("currency", price == null ? null : text(price, "CurrencyCode"));
        c.put("item-price", amount(item, "ItemPrice"));
        c.put("item-tax", amount(item, "ItemTax"));
        c.put("shipping-price", amount(item, "ShippingPrice"));
        c.put("shipping-tax", amount(item, "ShippingTax"));
        c.put("item-promotion-discount", OrderReportVocabulary.discount(amount(item, "PromotionDiscount")));
        c.put("ship-promotion-discount", OrderReportVocabulary.discount(amount(item, "ShippingDiscount")));
        JsonNode address = order.get("ShippingAddress");
        c.put("ship-city", text(address, "City"));
        c.put("ship-state", text(address, "StateOrRegion"));
        c.put("ship-postal-code", text(address, "PostalCode"));
        c.put("ship-country", text(address, "CountryCode"));
        c.put("promotion-ids", promotionIds(item));
        c.put("is-business-order", text(order, "IsBusinessOrder"));
        return c;
    }

    private static String promotionIds(ObjectNode item) {
        JsonNode ids = item.get("PromotionIds");
        if (ids == null || !ids.isArray() || ids.isEmpty()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        ids.forEach(id -> values.add(id.asText()));
        return String.join(",", values);
    }
}
