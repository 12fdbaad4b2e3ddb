package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Set;

/**
 * What the Orders API shows of an order to a caller, by the data elements its token grants (Tokens API use-case
 * guide): without {@code buyerInfo} no BuyerInfo; without {@code shippingAddress} only the address's city, state or
 * region, postal code and country. An LWA access token grants neither.
 */
final class RestrictedFields {

    static final String BUYER_INFO = "buyerInfo";
    static final String SHIPPING_ADDRESS = "shippingAddress";
    static final List<String> ALL_ELEMENTS = List.of(BUYER_INFO, SHIPPING_ADDRESS, "buyerTaxInformation");

    private static final Set<String> OPEN_ADDRESS_FIELDS = Set.of("City", "StateOrRegion", "PostalCode", "CountryCode");

    private RestrictedFields() {
    }

    static JsonNode view(JsonNode order, Set<String> granted) {
        if (granted.contains(BUYER_INFO) && granted.contains(SHIPPING_ADDRESS)) {
            return order;
        }
        ObjectNode copy = order.deepCopy();
        if (!granted.contains(BUYER_INFO)) {
            copy.remove("BuyerInfo");
        }
        if (!granted.contains(SHIPPING_ADDRESS) && copy.get("ShippingAddress") instanceof ObjectNode address) {
            address.retain(OPEN_ADDRESS_FIELDS);
        }
        return copy;
    }
}
