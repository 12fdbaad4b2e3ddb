package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;

/**
 * How the all-orders reports write what the Orders API writes: "Cancelled" for Canceled, a carrier detail after
 * some "Shipped" (amzn/selling-partner-api-models#1428), "Amazon"/"Merchant" for AFN/MFN, discounts as negative
 * amounts. The bundle's readers map all of it back to the API's values, except the words Amazon gives no meaning for.
 */
final class OrderReportVocabulary {

    private OrderReportVocabulary() {
    }

    /**
     * Every third shipped merchant order carries the carrier's detail, as real reports do; an FBA order part way
     * through shipping is "Shipping", a word real files carry that Amazon documents nowhere (issue 13).
     */
    static String orderStatus(ObjectNode order) {
        String status = text(order, "OrderStatus");
        if ("Canceled".equals(status)) {
            return "Cancelled";
        }
        if (isShipping(order)) {
            return "Shipping";
        }
        if ("Shipped".equals(status) && "MFN".equals(text(order, "FulfillmentChannel"))
                && Math.floorMod(text(order, "AmazonOrderId").hashCode(), 3) == 0) {
            return "Shipped - Delivered to Buyer";
        }
        return status;
    }

    /** The orders whose report word has no Orders API name: the bundle publishes them with the word as written. */
    static boolean isShipping(JsonNode order) {
        return "PartiallyShipped".equals(text(order, "OrderStatus")) && "AFN".equals(text(order, "FulfillmentChannel"));
    }

    static String fulfillmentChannel(String channel) {
        if (channel == null) {
            return "";
        }
        return switch (channel) {
            case "AFN" -> "Amazon";
            case "MFN" -> "Merchant";
            default -> channel;
        };
    }

    /** The item's own status: what of it shipped, or that the order was cancelled. */
    static String itemStatus(ObjectNode order, ObjectNode item) {
        if ("Canceled".equals(text(order, "OrderStatus"))) {
            return "Cancelled";
        }
        JsonNode shipped = item.get("QuantityShipped");
        JsonNode ordered = item.get("QuantityOrdered");
        return shipped != null && ordered != null && shipped.asInt() >= ordered.asInt() && ordered.asInt() > 0
                ? "Shipped" : "Unshipped";
    }

    /** A discount as the reports write it: negative, zero as zero. */
    static String discount(String amount) {
        if (amount == null || amount.isEmpty()) {
            return "";
        }
        try {
            BigDecimal value = new BigDecimal(amount);
            return value.signum() == 0 ? amount : value.negate().toPlainString();
        } catch (NumberFormatException e) {
            return amount; // a test's garbled amount is passed on for the reader to judge
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static String amount(JsonNode node, String moneyField) {
        return text(node == null ? null : node.get(moneyField), "Amount");
    }

    /** Tabs and line breaks cannot be in a flat-file cell; Amazon writes spaces instead. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\r' || c == '\n') {
                return value.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
            }
        }
        return value; // the usual case, without three scans (a million-row benchmark document is built of these)
    }
}
