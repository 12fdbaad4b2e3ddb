package io.sellerbridge.canonical;

/** What Amazon tells about the buyer. SP-API nests it in BuyerInfo, MWS puts it flat on the order. */
public record Buyer(String email, String name, String county, String purchaseOrderNumber) {

    public boolean isEmpty() {
        return email == null && name == null && county == null && purchaseOrderNumber == null;
    }
}
