package io.sellerbridge.reports;

import io.sellerbridge.canonical.AmazonEnums;
import io.sellerbridge.canonical.MappingException;
import io.sellerbridge.canonical.Money;
import io.sellerbridge.canonical.Values;

import java.util.Set;

/**
 * Translates what the order and inventory reports write into the vocabulary of the APIs, so a fact read from a
 * report equals the same fact read from getOrders or getInventorySummaries. A value outside the known vocabulary is
 * a {@link MappingException} (the row becomes a BadRow), never a guess.
 */
final class ReportVocabulary {

    /**
     * The conditions of the FBA Inventory / FBA Inbound APIs. The inventory report writes the same names spelled
     * for people ("New", "Used - Like New"); "New" is the API's "NewItem".
     */
    static final Set<String> API_CONDITIONS = Set.of("NewItem", "NewWithWarranty", "NewOEM", "NewOpenBox",
            "UsedLikeNew", "UsedVeryGood", "UsedGood", "UsedAcceptable", "UsedPoor", "UsedRefurbished",
            "CollectibleLikeNew", "CollectibleVeryGood", "CollectibleGood", "CollectibleAcceptable",
            "CollectiblePoor", "RefurbishedWithWarranty", "Refurbished", "Club");

    private static final String SHIPPED_WITH_DETAIL = "Shipped - ";

    private ReportVocabulary() {
    }

    /**
     * The order reports spell Canceled the British way ("Cancelled") and may add a carrier detail to Shipped
     * ("Shipped - Delivered to Buyer", amzn/selling-partner-api-models#1428); the Orders API names are taken as
     * they are.
     */
    static String orderStatus(String field, String value) {
        String status = Values.required(field, value).trim();
        if ("Cancelled".equals(status)) {
            return "Canceled";
        }
        if (status.startsWith(SHIPPED_WITH_DETAIL)) {
            return "Shipped";
        }
        return AmazonEnums.checked(field, status, AmazonEnums.ORDER_STATUS);
    }

    /** The reports write "Amazon" / "Merchant" where the Orders API writes AFN / MFN. */
    static String fulfillmentChannel(String field, String value) {
        if (value == null) {
            return null;
        }
        return switch (value.trim()) {
            case "Amazon", "AFN" -> "AFN";
            case "Merchant", "MFN" -> "MFN";
            default -> throw new MappingException("unknown " + field + " '" + value
                    + "' (the reports write Amazon or Merchant)");
        };
    }

    /** An amount in the row's currency; no amount (a Pending order's hidden price) is absent money. */
    static Money money(String field, String amount, String currency) {
        if (amount == null || amount.isBlank()) {
            return null;
        }
        if (currency == null || currency.isBlank()) {
            throw new MappingException(field + " '" + amount + "' has no currency");
        }
        return Values.money(field, amount, currency);
    }

    /**
     * A promotion discount. The reports write discounts as negative amounts; the Orders API's PromotionDiscount and
     * ShippingDiscount are the discount's size, so the sign is dropped ("-0.00" becomes "0.00").
     */
    static Money discount(String field, String amount, String currency) {
        Money money = money(field, amount, currency);
        if (money == null || !money.amount().startsWith("-")) {
            return money;
        }
        return new Money(money.amount().substring(1), money.currencyCode());
    }

    /** "New" → NewItem; "Used - Like New" / "UsedLikeNew" → UsedLikeNew; anything else unknown is an error. */
    static String inventoryCondition(String field, String value) {
        if (value == null) {
            return null;
        }
        String compact = value.replace(" ", "").replace("-", "").replace("_", "");
        String condition = "New".equals(compact) ? "NewItem" : compact;
        if (!API_CONDITIONS.contains(condition)) {
            throw new MappingException("unknown " + field + " '" + value + "' (FBA conditions: " + API_CONDITIONS + ")");
        }
        return condition;
    }
}
