package io.sellerbridge.canonical;

import java.util.Set;

/**
 * The enum values Amazon documents (ordersV0.json, MWS Orders 2013-09-01). A value outside them is not guessed at:
 * the record goes to the dead-letter topic so the contract downstream stays what the schema says.
 */
public final class AmazonEnums {

    public static final Set<String> ORDER_STATUS = Set.of("PendingAvailability", "Pending", "Unshipped",
            "PartiallyShipped", "Shipped", "InvoiceUnconfirmed", "Canceled", "Unfulfillable");
    public static final Set<String> FULFILLMENT_CHANNEL = Set.of("AFN", "MFN");
    public static final Set<String> PAYMENT_METHOD = Set.of("COD", "CVS", "Other");
    public static final Set<String> ORDER_TYPE = Set.of("StandardOrder", "LongLeadTimeOrder", "Preorder", "BackOrder",
            "SourcingOnDemandOrder");
    public static final Set<String> ADDRESS_TYPE = Set.of("Residential", "Commercial");

    private AmazonEnums() {
    }

    public static String checked(String field, String value, Set<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw new MappingException("unknown " + field + " '" + value + "' (documented: " + allowed + ")");
        }
        return value;
    }
}
