package io.sellerbridge.canonical;

/** What Amazon tells about the buyer. SP-API nests it in BuyerInfo, MWS puts it flat on the order. */
public record Buyer(String email, String name, String county, String purchaseOrderNumber) {

    /** The buyer, or null when Amazon told nothing (Pending orders): absent, not an empty object. */
    public static Buyer ofNullable(String email, String name, String county, String purchaseOrderNumber) {
        if (email == null && name == null && county == null && purchaseOrderNumber == null) {
            return null;
        }
        return new Buyer(email, name, county, purchaseOrderNumber);
    }
}
