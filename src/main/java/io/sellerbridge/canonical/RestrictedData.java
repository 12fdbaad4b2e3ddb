package io.sellerbridge.canonical;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
     * restricted elements emptied; JSON without them, byte for byte as received when it holds none; text that is
     * neither with the string values of restricted keys removed.
     */
    public static String redactPayload(String raw) {
        if (raw == null || raw.isBlank()) {
            return raw;
        }
        if (raw.stripLeading().startsWith("<")) {
            return redactXml(raw);
        }
        try {
            JsonNode tree = JSON.readTree(raw);
            return redactInPlace(tree) ? JSON.writeValueAsString(tree) : raw;
        } catch (IOException e) {
            return JSON_STRING_VALUES.matcher(raw).replaceAll("\"$1\":null");
        }
    }

    /**
     * Every object of the tree loses BuyerInfo and the buyer's facts, and a ShippingAddress its restricted fields;
     * true when anything was removed.
     */
    private static boolean redactInPlace(JsonNode node) {
        boolean removed = false;
        if (node instanceof ObjectNode object) {
            removed = removeAll(object, List.of("BuyerInfo")) | removeAll(object, BUYER_FIELDS);
            if (object.get("ShippingAddress") instanceof ObjectNode address) {
                removed |= removeAll(address, ADDRESS_FIELDS);
            }
        }
        for (JsonNode child : node) {
            removed |= redactInPlace(child);
        }
        return removed;
    }

    private static boolean removeAll(ObjectNode object, List<String> fields) {
        boolean removed = false;
        for (String field : fields) {
            removed |= object.remove(field) != null;
        }
        return removed;
    }

    /**
     * The order without its restricted facts: no buyer (e-mail, name, county, tax information, purchase order
     * number), and of the shipping address only what Amazon serves without a token — city, state or region, postal
     * code, country — and the company name. The address type is left out too: SP-API serves it only with a token, so
     * an order read through MWS, which has it, would otherwise differ from the same order read through SP-API.
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
                && a.postalCode() == null && a.countryCode() == null)) {
            return null;
        }
        return new Address(null, a.companyName(), null, null, null, a.city(), null, null, a.stateOrRegion(), null,
                a.postalCode(), a.countryCode(), null, null);
    }

    /**
     * The order's restricted facts, for the buyer-data topic: the buyer and the whole shipping address as Amazon
     * served them; null when the order has none (an order before payment, or read without a token).
     */
    public static CanonicalOrderPii piiOf(CanonicalOrder o, java.time.Instant deleteAfter) {
        Address a = o.shippingAddress();
        boolean restrictedAddress = a != null && (a.name() != null || a.addressLine1() != null
                || a.addressLine2() != null || a.addressLine3() != null || a.county() != null || a.district() != null
                || a.municipality() != null || a.phone() != null || a.addressType() != null);
        if (o.buyer() == null && !restrictedAddress) {
            return null;
        }
        return new CanonicalOrderPii(o.sellerId(), o.marketplaceId(), o.amazonOrderId(), o.lastUpdateDate(), o.buyer(),
                restrictedAddress ? a : null, deleteAfter.toString());
    }
}
