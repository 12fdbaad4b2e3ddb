package io.sellerbridge.config;

import java.util.List;

/**
 * One selling partner the bundle polls: its alias in the properties, Amazon seller id, marketplaces and LWA
 * credentials. {@link #toString()} never shows the credentials.
 */
public record SellerConfig(String alias, String sellerId, List<String> marketplaceIds,
                           String clientId, String clientSecret, String refreshToken) implements PolledSeller {

    /** The property prefix of this seller, for error messages that must name a key. */
    public String key(String suffix) {
        return "spapi.seller." + alias + "." + suffix;
    }

    @Override
    public String toString() {
        return "seller " + alias + " (" + sellerId + ", marketplaces " + marketplaceIds + ")";
    }
}
