package io.sellerbridge.catalog;

/** One catalog item to read: an ASIN in one marketplace, on behalf of one seller. */
public record CatalogAsk(String sellerId, String marketplaceId, String asin) {

    public String key() {
        return sellerId + ":" + marketplaceId + ":" + asin;
    }
}
