package io.sellerbridge.canonical;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Buyers' personal data, which Amazon serves only with a Restricted Data Token (Tokens API 2021-03-01, data elements
 * {@code buyerInfo} and {@code shippingAddress} of getOrders / getOrder / getOrderItems), is never published on the
 * orders topic, whichever API an order was read through: MWS serves it without a token, and the same order must give
 * the same record from MWS, SP-API and the reports. BEHAVIOR.md ("Buyer personal data") lists the fields.
 */
public final class RestrictedData {

    /** Amazon's names of the buyer's facts: SP-API's BuyerInfo (order and item), flat on MWS's Order and OrderItem. */
    public static final List<String> BUYER_FIELDS = List.of("BuyerEmail", "BuyerName", "BuyerCounty", "BuyerTaxInfo",
            "PurchaseOrderNumber", "GiftMessageText", "GiftWrapLevel", "BuyerCustomizedInfo");
    /** Amazon's names of the address fields served only with a token. */
    public static final List<String> ADDRESS_FIELDS = List.of("Name", "AddressLine1", "AddressLine2", "AddressLine3",
            "County", "District", "Municipality", "Phone", "ExtendedFields");

    /** An element of those names, namespace prefix or not, empty, or open up to its end tag or the end of the text. */
    private static final Pattern XML_ELEMENTS = Pattern.compile("<((?:\\w+:)?(?:" + String.join("|", union()) + "))"
            + "(\\s[^>]*?)?(?:/>|>(?s:.*?)(?:</\\1>|\\z))");
    /** In text that is not JSON: the string value of a restricted key, and of the keys inside BuyerTaxInfo. */
    private static final Pattern JSON_STRING_VALUES = Pattern.compile("\"(" + String.join("|", union())
            + "|CompanyLegalName|TaxingRegion|Value|CustomizedURL)\"\\s*:\\s*\"(?:[^\"\\\\]|\\\\.)*\"?");
    private static final ObjectMapper JSON = new ObjectMapper();

    private RestrictedData() {
    }

    private static List<String> union() {
        List<String> all = new ArrayList<>(BUYER_FIELDS);
        all.addAll(ADDRESS_FIELDS);
        return all;
    }

    /**
     * Amazon's XML as received, for the dead-letter topic, with every restricted element emptied; also in a page
     * that breaks off inside one (a dead letter's page is often a broken one).
     */
    public static String redactXml(String xml) {
        return XML_ELEMENTS.matcher(xml).replaceAll("<$1/>");
    }

    /**
     * What Amazon sent, for the dead-letter topic (often the very response that could not be read): XML with the
     * restricted elements emptied, JSON without them, and text that is neither with the string values of restricted
     * keys removed.
     */
    public static String redactPayload(String raw) {
        if (raw == null || raw.isBlank()) {
            return raw;
        }
        if (raw.stripLeading().startsWith("<")) {
            return redactXml(raw);
        }
        try {
            return JSON.writeValueAsString(redactTree(JSON.readTree(raw)));
        } catch (IOException e) {
            return JSON_STRING_VALUES.matcher(raw).replaceAll("\"$1\":null");
        }
    }

    private static JsonNode redactTree(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode copy = redactJson(object);
            copy.forEach(RestrictedData::redactInPlace);
            return copy;
        }
        ArrayNode copy = node instanceof ArrayNode array ? array.deepCopy() : null;
        if (copy == null) {
            return node;
        }
        copy.forEach(RestrictedData::redactInPlace);
        return copy;
    }

    /** Every object below: BuyerInfo and the buyer's facts removed, a ShippingAddress cut to what is not restricted. */
    private static void redactInPlace(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("BuyerInfo");
            object.remove(BUYER_FIELDS);
            if (object.get("ShippingAddress") instanceof ObjectNode address) {
                address.remove(ADDRESS_FIELDS);
            }
        }
        node.forEach(RestrictedData::redactInPlace);
    }

    /** An Orders API Order or OrderItem as received, for the dead-letter topic, without BuyerInfo or restricted address fields. */
    public static JsonNode redactJson(JsonNode orderOrItem) {
        if (!(orderOrItem instanceof ObjectNode object)) {
            return orderOrItem;
        }
        ObjectNode copy = object.deepCopy();
        copy.remove("BuyerInfo");
        copy.remove(BUYER_FIELDS);
        if (copy.get("ShippingAddress") instanceof ObjectNode address) {
            address.remove(ADDRESS_FIELDS);
        }
        return copy;
    }

    /**
     * The order without its restricted facts: no buyer (e-mail, name, county, tax information, purchase order
     * number), and of the shipping address only what Amazon serves without a token — city, state or region, postal
     * code, country, address type — and the company name.
     */
    public static CanonicalOrder withoutPii(CanonicalOrder o) {
        return new CanonicalOrder(o.sellerId(), o.marketplaceId(), o.amazonOrderId(), o.sellerOrderId(),
                o.purchaseDate(), o.lastUpdateDate(), o.orderStatus(), o.fulfillmentChannel(), o.salesChannel(),
                o.orderChannel(), o.shipServiceLevel(), o.shipmentServiceLevelCategory(), o.orderType(), o.orderTotal(),
                o.numberOfItemsShipped(), o.numberOfItemsUnshipped(), o.paymentMethod(), o.paymentMethodDetails(),
                o.isBusinessOrder(), o.isPrime(), o.isPremiumOrder(), o.isReplacementOrder(), o.replacedOrderId(),
                o.earliestShipDate(), o.latestShipDate(), o.earliestDeliveryDate(), o.latestDeliveryDate(), null,
                unrestricted(o.shippingAddress()), o.items(), o.reportOrderStatus(), o.reportFulfillmentChannel());
    }

    private static Address unrestricted(Address a) {
        if (a == null || (a.companyName() == null && a.city() == null && a.stateOrRegion() == null
                && a.postalCode() == null && a.countryCode() == null && a.addressType() == null)) {
            return null;
        }
        return new Address(null, a.companyName(), null, null, null, a.city(), null, null, a.stateOrRegion(), null,
                a.postalCode(), a.countryCode(), null, a.addressType());
    }
}
