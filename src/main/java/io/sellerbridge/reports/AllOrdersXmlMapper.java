package io.sellerbridge.reports;

import io.sellerbridge.canonical.CanonicalOrder;
import io.sellerbridge.canonical.CanonicalOrderItem;
import io.sellerbridge.canonical.MappingException;
import io.sellerbridge.canonical.Money;
import io.sellerbridge.canonical.Values;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code <Order>} of the XML all-orders report to the canonical order, with the same vocabulary rules as the
 * flat file ({@link ReportVocabulary}). Unlike the flat file, the XML names each item (AmazonOrderItemCode, the
 * Orders API's OrderItemId).
 */
final class AllOrdersXmlMapper {

    private AllOrdersXmlMapper() {
    }

    /** {@code marketplaceId}: the order's, from its SalesChannel (the report spans the region). */
    static CanonicalOrder map(AllOrdersXml.Order order, String sellerId, String marketplaceId) {
        String o = "Order.";
        AllOrdersXml.FulfillmentData fulfillment = order.fulfillmentData;
        List<AllOrdersXml.OrderItem> xmlItems = order.orderItems == null ? List.of() : order.orderItems;
        List<CanonicalOrderItem> items = new ArrayList<>(xmlItems.size());
        for (int i = 0; i < xmlItems.size(); i++) {
            items.add(item("OrderItem[" + i + "].", xmlItems.get(i)));
        }
        ReportVocabulary.Word status = ReportVocabulary.orderStatus(o + "OrderStatus", order.orderStatus);
        ReportVocabulary.Word channel = ReportVocabulary.fulfillmentChannel(
                fulfillment == null ? null : fulfillment.fulfillmentChannel);
        return new CanonicalOrder(sellerId, marketplaceId,
                Values.required(o + "AmazonOrderID", order.amazonOrderId),
                order.merchantOrderId,
                Values.utc(o + "PurchaseDate", Values.required(o + "PurchaseDate", order.purchaseDate)),
                Values.utc(o + "LastUpdatedDate", Values.required(o + "LastUpdatedDate", order.lastUpdatedDate)),
                status.apiValue(),
                channel.apiValue(),
                order.salesChannel,
                order.orderChannel,
                fulfillment == null ? null : fulfillment.shipServiceLevel,
                null, null, null, null, null, null, null,
                Values.bool(o + "IsBusinessOrder", order.isBusinessOrder),
                null, null, null, null, null, null, null, null, null,
                fulfillment == null || fulfillment.address == null ? null : FlatFileOrderRow.address(
                        fulfillment.address.city, fulfillment.address.state, fulfillment.address.postalCode,
                        fulfillment.address.country),
                List.copyOf(items), status.reportValue(), channel.reportValue());
    }

    private static CanonicalOrderItem item(String p, AllOrdersXml.OrderItem item) {
        Map<String, AllOrdersXml.Amount> prices = prices(p, item.priceComponents);
        String currency = prices.values().stream().map(a -> a.currency).filter(c -> c != null).findFirst()
                .orElse(null);
        List<AllOrdersXml.Promotion> promotions = item.promotions == null ? List.of() : item.promotions;
        return new CanonicalOrderItem(
                item.amazonOrderItemCode,
                Values.required(p + "ASIN", item.asin),
                item.sku,
                item.productName,
                Values.integer(p + "Quantity", Values.required(p + "Quantity", item.quantity)),
                null,
                null,
                price(p, "Principal", prices),
                price(p, "Tax", prices),
                price(p, "Shipping", prices),
                price(p, "ShippingTax", prices),
                ReportVocabulary.discount(p + "Promotion.ShipPromotionDiscount",
                        sum(p + "Promotion.ShipPromotionDiscount", promotions.stream()
                                .map(x -> x.shipPromotionDiscount).toList()), currency),
                null,
                ReportVocabulary.discount(p + "Promotion.ItemPromotionDiscount",
                        sum(p + "Promotion.ItemPromotionDiscount", promotions.stream()
                                .map(x -> x.itemPromotionDiscount).toList()), currency),
                null,
                null,
                null,
                promotionIds(promotions),
                null, null, null, null, null, null);
    }

    private static Map<String, AllOrdersXml.Amount> prices(String p, List<AllOrdersXml.Component> components) {
        Map<String, AllOrdersXml.Amount> byType = new HashMap<>();
        if (components == null) {
            return byType;
        }
        for (AllOrdersXml.Component c : components) {
            String type = Values.required(p + "ItemPrice.Component.Type", c.type);
            if (c.amount == null) {
                throw new MappingException(p + "ItemPrice.Component " + type + " has no Amount");
            }
            if (byType.put(type, c.amount) != null) {
                throw new MappingException(p + "ItemPrice has two " + type + " components");
            }
        }
        return byType;
    }

    private static Money price(String p, String type, Map<String, AllOrdersXml.Amount> prices) {
        AllOrdersXml.Amount amount = prices.get(type);
        return amount == null ? null
                : ReportVocabulary.money(p + "ItemPrice." + type, amount.value, amount.currency);
    }

    /** Several Promotion elements each carry their part of the discount. */
    private static String sum(String field, List<String> amounts) {
        List<String> present = amounts.stream().filter(a -> a != null && !a.isBlank()).toList();
        if (present.size() <= 1) {
            return present.isEmpty() ? null : present.get(0);
        }
        BigDecimal total = BigDecimal.ZERO;
        for (String amount : present) {
            try {
                total = total.add(new BigDecimal(amount.trim()));
            } catch (NumberFormatException e) {
                throw new MappingException(field + " is not a decimal: '" + amount + "'", e);
            }
        }
        return total.toPlainString();
    }

    private static List<String> promotionIds(List<AllOrdersXml.Promotion> promotions) {
        List<String> ids = promotions.stream().filter(x -> x.promotionIds != null)
                .flatMap(x -> Arrays.stream(x.promotionIds.split(","))).map(String::trim)
                .filter(id -> !id.isEmpty()).toList();
        return ids.isEmpty() ? null : ids;
    }
}
