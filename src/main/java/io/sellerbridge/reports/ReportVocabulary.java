package io.sellerbridge.reports;

import io.sellerbridge.canonical.AmazonEnums;
import io.sellerbridge.canonical.MappingException;
import io.sellerbridge.canonical.Money;
import io.sellerbridge.canonical.Values;

import java.util.Set;

/**
 * Translates what the order and inventory reports write into the vocabulary of the APIs, so a fact read from a
 * report equals the same fact read from getOrders or getInventorySummaries. An order's word outside the known
 * vocabulary is kept as written ({@link Word}), never guessed at and never a reason to drop the order; an inventory
 * condition outside it is a {@link MappingException} (the row becomes a BadRow).
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
     * A report's word for an enumerated fact of an order, as the canonical order carries it: {@code apiValue} is the
     * Orders API's name where the word's meaning is sourced (null otherwise); {@code reportValue} is the word as the
     * report wrote it when there is no such name (null otherwise), so an order is never dropped for a word.
     */
    record Word(String apiValue, String reportValue) {

        static Word api(String value) {
            return new Word(value, null);
        }

        static Word unmapped(String value) {
            return new Word(null, value);
        }
    }

    /**
     * The Orders API's names are taken as they are; "Cancelled" (the British spelling the reports write) is Canceled;
     * "Shipped - Delivered to Buyer" and the other carrier details after "Shipped - " are Shipped
     * (amzn/selling-partner-api-models#1428). Anything else — "Shipping", "Complete" (Amazon's own example in the
     * report's help page) — has no sourced Orders API equivalent and is kept as written.
     */
    static Word orderStatus(String field, String value) {
        String status = Values.required(field, value).trim();
        if (AmazonEnums.ORDER_STATUS.contains(status)) {
            return Word.api(status);
        }
        if ("Cancelled".equals(status)) {
            return Word.api("Canceled");
        }
        if (status.startsWith(SHIPPED_WITH_DETAIL)) {
            return Word.api("Shipped");
        }
        return Word.unmapped(status);
    }

    /** The reports write "Amazon" / "Merchant" where the Orders API writes AFN / MFN; another word is kept as written. */
    static Word fulfillmentChannel(String value) {
        if (value == null || value.isBlank()) {
            return Word.api(null);
        }
        return switch (value.trim()) {
            case "Amazon", "AFN" -> Word.api("AFN");
            case "Merchant", "MFN" -> Word.api("MFN");
            default -> Word.unmapped(value.trim());
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
