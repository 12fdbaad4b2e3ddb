package io.sellerbridge.orders;

import io.sellerbridge.canonical.Address;
import io.sellerbridge.canonical.AmazonEnums;
import io.sellerbridge.canonical.Buyer;
import io.sellerbridge.canonical.CanonicalOrder;
import io.sellerbridge.canonical.CanonicalOrderItem;
import io.sellerbridge.spapi.JsonFields;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static io.sellerbridge.canonical.AmazonEnums.checked;

/** Orders API v0 JSON (an {@code Order} and its {@code OrderItem}s) to the canonical order. */
public class SpApiOrderMapper {

    public CanonicalOrder map(String sellerId, JsonNode orderJson, List<JsonNode> itemsJson) {
        JsonFields o = new JsonFields(orderJson, "Order");
        List<CanonicalOrderItem> items = new ArrayList<>();
        for (int i = 0; i < itemsJson.size(); i++) {
            items.add(item(new JsonFields(itemsJson.get(i), "OrderItem[" + i + "]")));
        }
        JsonFields buyerInfo = o.object("BuyerInfo");
        Buyer buyer = buyerInfo == null ? null : Buyer.ofNullable(buyerInfo.text("BuyerEmail"), buyerInfo.text("BuyerName"),
                buyerInfo.text("BuyerCounty"), buyerInfo.text("PurchaseOrderNumber"));
        return new CanonicalOrder(
                sellerId,
                o.required("MarketplaceId"),
                o.required("AmazonOrderId"),
                o.text("SellerOrderId"),
                o.requiredUtc("PurchaseDate"),
                o.requiredUtc("LastUpdateDate"),
                checked("OrderStatus", o.required("OrderStatus"), AmazonEnums.ORDER_STATUS),
                checked("FulfillmentChannel", o.text("FulfillmentChannel"), AmazonEnums.FULFILLMENT_CHANNEL),
                o.text("SalesChannel"),
                o.text("OrderChannel"),
                o.text("ShipServiceLevel"),
                o.text("ShipmentServiceLevelCategory"),
                checked("OrderType", o.text("OrderType"), AmazonEnums.ORDER_TYPE),
                o.money("OrderTotal"),
                o.integer("NumberOfItemsShipped"),
                o.integer("NumberOfItemsUnshipped"),
                checked("PaymentMethod", o.text("PaymentMethod"), AmazonEnums.PAYMENT_METHOD),
                o.texts("PaymentMethodDetails"),
                o.bool("IsBusinessOrder"),
                o.bool("IsPrime"),
                o.bool("IsPremiumOrder"),
                o.bool("IsReplacementOrder"),
                o.text("ReplacedOrderId"),
                o.utc("EarliestShipDate"),
                o.utc("LatestShipDate"),
                o.utc("EarliestDeliveryDate"),
                o.utc("LatestDeliveryDate"),
                buyer,
                address(o.object("ShippingAddress")),
                List.copyOf(items));
    }

    private static CanonicalOrderItem item(JsonFields i) {
        JsonFields productInfo = i.object("ProductInfo");
        return new CanonicalOrderItem(
                i.required("OrderItemId"),
                i.required("ASIN"),
                i.text("SellerSKU"),
                i.text("Title"),
                i.requiredInteger("QuantityOrdered"),
                i.integer("QuantityShipped"),
                productInfo == null ? null : productInfo.integer("NumberOfItems"),
                i.money("ItemPrice"),
                i.money("ItemTax"),
                i.money("ShippingPrice"),
                i.money("ShippingTax"),
                i.money("ShippingDiscount"),
                i.money("ShippingDiscountTax"),
                i.money("PromotionDiscount"),
                i.money("PromotionDiscountTax"),
                i.money("CODFee"),
                i.money("CODFeeDiscount"),
                i.texts("PromotionIds"),
                i.bool("IsGift"),
                i.text("ConditionId"),
                i.text("ConditionSubtypeId"),
                i.text("ConditionNote"),
                i.bool("IsTransparency"),
                i.bool("SerialNumberRequired"));
    }

    private static Address address(JsonFields a) {
        if (a == null) {
            return null;
        }
        return new Address(a.text("Name"), a.text("CompanyName"), a.text("AddressLine1"), a.text("AddressLine2"),
                a.text("AddressLine3"), a.text("City"), a.text("County"), a.text("District"), a.text("StateOrRegion"),
                a.text("Municipality"), a.text("PostalCode"), a.text("CountryCode"), a.text("Phone"),
                checked("AddressType", a.text("AddressType"), AmazonEnums.ADDRESS_TYPE));
    }
}
