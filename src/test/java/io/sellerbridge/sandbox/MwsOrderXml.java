package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Renders the sandbox's SP-API order and item JSON as MWS {@code <Order>} / {@code <OrderItem>}: the same
 * values under MWS names, in the element order of Amazon's client-library schema. Where the models differ,
 * MWS is flat: BuyerInfo's fields (and an item's gift fields) sit on the Order/OrderItem itself. Fields MWS
 * never had (AutomatedShippingSettings, HasRegulatedItems, IsISPU, IsIBA, ...) are left out, and so is
 * anything absent from the JSON, which keeps Pending orders as bare as SP-API shows them.
 */
final class MwsOrderXml {
    private static final String[] ADDRESS = {"Name", "AddressLine1", "AddressLine2", "AddressLine3", "City", "County",
        "District", "StateOrRegion", "Municipality", "PostalCode", "CountryCode", "Phone", "AddressType"};

    private MwsOrderXml() {
    }

    static void order(MwsXml xml, JsonNode o) {
        JsonNode buyer = o.path("BuyerInfo"); // SP-API nests these; MWS has them flat on Order
        xml.start("Order");
        scalars(xml, o, "AmazonOrderId", "SellerOrderId", "PurchaseDate", "LastUpdateDate", "OrderStatus",
                "FulfillmentChannel", "SalesChannel", "OrderChannel", "ShipServiceLevel");
        address(xml, "ShippingAddress", o.get("ShippingAddress"));
        address(xml, "DefaultShipFromLocationAddress", o.get("DefaultShipFromLocationAddress"));
        money(xml, "OrderTotal", o.get("OrderTotal"));
        scalars(xml, o, "NumberOfItemsShipped", "NumberOfItemsUnshipped");
        paymentExecutionDetail(xml, o.get("PaymentExecutionDetail"));
        scalars(xml, o, "PaymentMethod");
        list(xml, "PaymentMethodDetails", "PaymentMethodDetail", o.get("PaymentMethodDetails"));
        scalars(xml, o, "MarketplaceId");
        scalars(xml, buyer, "BuyerEmail", "BuyerName", "BuyerCounty");
        buyerTaxInfo(xml, buyer.get("BuyerTaxInfo"));
        scalars(xml, o, "ShipmentServiceLevelCategory", "EasyShipShipmentStatus", "CbaDisplayableShippingLabel",
                "OrderType", "EarliestShipDate", "LatestShipDate", "EarliestDeliveryDate", "LatestDeliveryDate",
                "IsBusinessOrder");
        scalars(xml, buyer, "PurchaseOrderNumber");
        scalars(xml, o, "IsPrime", "IsPremiumOrder", "IsGlobalExpressEnabled", "ReplacedOrderId", "IsReplacementOrder",
                "PromiseResponseDueDate", "IsEstimatedShipDateSet");
        xml.end();
    }

    static void item(MwsXml xml, JsonNode i) {
        JsonNode buyer = i.path("BuyerInfo"); // SP-API's getOrderItemsBuyerInfo fields; MWS has them flat
        xml.start("OrderItem");
        scalars(xml, i, "ASIN", "SellerSKU", "OrderItemId", "Title", "QuantityOrdered", "QuantityShipped");
        JsonNode productInfo = i.get("ProductInfo");
        if (productInfo != null && productInfo.has("NumberOfItems")) {
            xml.start("ProductInfo");
            scalars(xml, productInfo, "NumberOfItems");
            xml.end();
        }
        pointsGranted(xml, i.get("PointsGranted"));
        money(xml, "ItemPrice", i.get("ItemPrice"));
        money(xml, "ShippingPrice", i.get("ShippingPrice"));
        money(xml, "GiftWrapPrice", either(i, buyer, "GiftWrapPrice"));
        money(xml, "ItemTax", i.get("ItemTax"));
        money(xml, "ShippingTax", i.get("ShippingTax"));
        money(xml, "GiftWrapTax", either(i, buyer, "GiftWrapTax"));
        for (String field : new String[] {"ShippingDiscount", "ShippingDiscountTax", "PromotionDiscount",
            "PromotionDiscountTax"}) {
            money(xml, field, i.get(field));
        }
        list(xml, "PromotionIds", "PromotionId", i.get("PromotionIds"));
        money(xml, "CODFee", i.get("CODFee"));
        money(xml, "CODFeeDiscount", i.get("CODFeeDiscount"));
        scalars(xml, i, "IsGift");
        scalar(xml, "GiftMessageText", either(i, buyer, "GiftMessageText"));
        scalar(xml, "GiftWrapLevel", either(i, buyer, "GiftWrapLevel"));
        scalars(xml, i, "ConditionNote", "ConditionId", "ConditionSubtypeId", "ScheduledDeliveryStartDate",
                "ScheduledDeliveryEndDate", "PriceDesignation");
        JsonNode customized = either(i, buyer, "BuyerCustomizedInfo");
        if (customized != null && customized.has("CustomizedURL")) {
            xml.start("BuyerCustomizedInfo");
            scalars(xml, customized, "CustomizedURL");
            xml.end();
        }
        JsonNode taxCollection = i.get("TaxCollection");
        if (taxCollection != null && taxCollection.isObject()) {
            xml.start("TaxCollection");
            scalars(xml, taxCollection, "Model", "ResponsibleParty");
            xml.end();
        }
        scalars(xml, i, "SerialNumberRequired", "IsTransparency");
        xml.end();
    }

    private static void scalars(MwsXml xml, JsonNode from, String... fields) {
        for (String field : fields) {
            scalar(xml, field, from.get(field));
        }
    }

    /** Strings, numbers and booleans as text ("true"/"false"); objects, arrays and JSON null are skipped. */
    private static void scalar(MwsXml xml, String name, JsonNode value) {
        if (value != null && value.isValueNode() && !value.isNull()) {
            xml.element(name, value.asText());
        }
    }

    private static void money(MwsXml xml, String name, JsonNode money) {
        if (money != null && money.isObject()) {
            xml.start(name);
            scalars(xml, money, "CurrencyCode", "Amount");
            xml.end();
        }
    }

    private static void address(MwsXml xml, String name, JsonNode address) {
        if (address != null && address.isObject()) {
            xml.start(name);
            scalars(xml, address, ADDRESS);
            xml.end();
        }
    }

    /** A JSON string array as {@code <Wrapper><Member>..</Member>...</Wrapper>}. */
    private static void list(MwsXml xml, String wrapper, String member, JsonNode array) {
        if (array != null && array.isArray()) {
            xml.start(wrapper);
            array.forEach(v -> scalar(xml, member, v));
            xml.end();
        }
    }

    private static void paymentExecutionDetail(MwsXml xml, JsonNode array) {
        if (array != null && array.isArray()) {
            xml.start("PaymentExecutionDetail");
            array.forEach(item -> {
                xml.start("PaymentExecutionDetailItem");
                money(xml, "Payment", item.get("Payment"));
                scalars(xml, item, "PaymentMethod");
                xml.end();
            });
            xml.end();
        }
    }

    private static void buyerTaxInfo(MwsXml xml, JsonNode tax) {
        if (tax == null || !tax.isObject()) {
            return;
        }
        xml.start("BuyerTaxInfo");
        scalars(xml, tax, "CompanyLegalName", "TaxingRegion");
        JsonNode classifications = tax.get("TaxClassifications");
        if (classifications != null && classifications.isArray()) {
            xml.start("TaxClassifications");
            classifications.forEach(c -> {
                xml.start("TaxClassification");
                scalars(xml, c, "Name", "Value");
                xml.end();
            });
            xml.end();
        }
        xml.end();
    }

    private static void pointsGranted(MwsXml xml, JsonNode points) {
        if (points != null && points.isObject()) {
            xml.start("PointsGranted");
            scalars(xml, points, "PointsNumber");
            money(xml, "PointsMonetaryValue", points.get("PointsMonetaryValue"));
            xml.end();
        }
    }

    private static JsonNode either(JsonNode item, JsonNode buyer, String field) {
        JsonNode flat = item.get(field);
        return flat != null ? flat : buyer.get(field);
    }
}
