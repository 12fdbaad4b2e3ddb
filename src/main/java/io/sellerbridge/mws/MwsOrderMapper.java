package io.sellerbridge.mws;

import io.sellerbridge.canonical.Address;
import io.sellerbridge.canonical.AmazonEnums;
import io.sellerbridge.canonical.Buyer;
import io.sellerbridge.canonical.CanonicalOrder;
import io.sellerbridge.canonical.CanonicalOrderItem;
import io.sellerbridge.canonical.MappingException;
import io.sellerbridge.canonical.Money;
import io.sellerbridge.canonical.Values;

import java.util.ArrayList;
import java.util.List;

import static io.sellerbridge.canonical.AmazonEnums.checked;

/**
 * MWS Orders 2013-09-01 {@code Order} and its {@code OrderItem}s to the canonical order. The same facts must give
 * the same message as {@link io.sellerbridge.spapi.SpApiOrderMapper}: same fields, same {@link Values} rules, same
 * null for absent, same field names ("Order.PurchaseDate", "OrderItem[0].ItemPrice") in mapping errors.
 * Timestamps are taken only as ISO-8601: a URL-encoded or impossible date in the XML is a mapping error, not guessed.
 */
public class MwsOrderMapper {

    public CanonicalOrder map(String sellerId, MwsOrder order, List<MwsOrderItem> orderItems) {
        if (order == null) {
            throw new MappingException("Order is missing");
        }
        List<CanonicalOrderItem> items = new ArrayList<>();
        for (int i = 0; i < orderItems.size(); i++) {
            items.add(item("OrderItem[" + i + "]", orderItems.get(i)));
        }
        String o = "Order.";
        return new CanonicalOrder(
                sellerId,
                Values.required(o + "MarketplaceId", order.marketplaceId()),
                Values.required(o + "AmazonOrderId", order.amazonOrderId()),
                order.sellerOrderId(),
                Values.utc(o + "PurchaseDate", Values.required(o + "PurchaseDate", order.purchaseDate())),
                Values.utc(o + "LastUpdateDate", Values.required(o + "LastUpdateDate", order.lastUpdateDate())),
                checked("OrderStatus", Values.required(o + "OrderStatus", order.orderStatus()),
                        AmazonEnums.ORDER_STATUS),
                checked("FulfillmentChannel", order.fulfillmentChannel(), AmazonEnums.FULFILLMENT_CHANNEL),
                order.salesChannel(),
                order.orderChannel(),
                order.shipServiceLevel(),
                order.shipmentServiceLevelCategory(),
                checked("OrderType", order.orderType(), AmazonEnums.ORDER_TYPE),
                money(o + "OrderTotal", order.orderTotal()),
                Values.integer(o + "NumberOfItemsShipped", order.numberOfItemsShipped()),
                Values.integer(o + "NumberOfItemsUnshipped", order.numberOfItemsUnshipped()),
                checked("PaymentMethod", order.paymentMethod(), AmazonEnums.PAYMENT_METHOD),
                absentIfEmpty(order.paymentMethodDetails()),
                Values.bool(o + "IsBusinessOrder", order.isBusinessOrder()),
                Values.bool(o + "IsPrime", order.isPrime()),
                Values.bool(o + "IsPremiumOrder", order.isPremiumOrder()),
                Values.bool(o + "IsReplacementOrder", order.isReplacementOrder()),
                order.replacedOrderId(),
                Values.utc(o + "EarliestShipDate", order.earliestShipDate()),
                Values.utc(o + "LatestShipDate", order.latestShipDate()),
                Values.utc(o + "EarliestDeliveryDate", order.earliestDeliveryDate()),
                Values.utc(o + "LatestDeliveryDate", order.latestDeliveryDate()),
                // flat on the MWS Order, nested in SP-API's BuyerInfo: the same Buyer either way
                Buyer.ofNullable(order.buyerEmail(), order.buyerName(), order.buyerCounty(),
                        order.purchaseOrderNumber()),
                address(order.shippingAddress()),
                List.copyOf(items));
    }

    private static CanonicalOrderItem item(String path, MwsOrderItem item) {
        if (item == null) {
            throw new MappingException(path + " is missing");
        }
        String p = path + ".";
        return new CanonicalOrderItem(
                Values.required(p + "OrderItemId", item.orderItemId()),
                Values.required(p + "ASIN", item.asin()),
                item.sellerSku(),
                item.title(),
                Values.integer(p + "QuantityOrdered", Values.required(p + "QuantityOrdered", item.quantityOrdered())),
                Values.integer(p + "QuantityShipped", item.quantityShipped()),
                Values.integer(p + "ProductInfo.NumberOfItems", item.numberOfItems()),
                money(p + "ItemPrice", item.itemPrice()),
                money(p + "ItemTax", item.itemTax()),
                money(p + "ShippingPrice", item.shippingPrice()),
                money(p + "ShippingTax", item.shippingTax()),
                money(p + "ShippingDiscount", item.shippingDiscount()),
                money(p + "ShippingDiscountTax", item.shippingDiscountTax()),
                money(p + "PromotionDiscount", item.promotionDiscount()),
                money(p + "PromotionDiscountTax", item.promotionDiscountTax()),
                money(p + "CODFee", item.codFee()),
                money(p + "CODFeeDiscount", item.codFeeDiscount()),
                absentIfEmpty(item.promotionIds()),
                Values.bool(p + "IsGift", item.isGift()),
                item.conditionId(),
                item.conditionSubtypeId(),
                item.conditionNote(),
                Values.bool(p + "IsTransparency", item.isTransparency()),
                Values.bool(p + "SerialNumberRequired", item.serialNumberRequired()));
    }

    private static Money money(String field, MwsMoney money) {
        return money == null ? null : Values.money(field, money.amount(), money.currencyCode());
    }

    /** An absent or empty list is left out of the message, as SP-API's mapper does with an empty array. */
    private static List<String> absentIfEmpty(List<String> values) {
        return values.isEmpty() ? null : List.copyOf(values);
    }

    private static Address address(MwsAddress a) {
        if (a == null) {
            return null;
        }
        return new Address(a.name(), a.companyName(), a.addressLine1(), a.addressLine2(), a.addressLine3(), a.city(),
                a.county(), a.district(), a.stateOrRegion(), a.municipality(), a.postalCode(), a.countryCode(),
                a.phone(), checked("AddressType", a.addressType(), AmazonEnums.ADDRESS_TYPE));
    }
}
