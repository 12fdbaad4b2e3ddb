package io.sellerbridge.mws;

import io.sellerbridge.config.PolledSeller;

import java.util.List;

/**
 * One seller polled through MWS: its alias in the properties, Amazon seller id, marketplaces and MWS keys.
 * {@code mwsAuthToken} is null when the seller signs with its own developer keys (no third-party authorisation).
 * {@link #toString()} never shows the secret key or the auth token.
 */
public record MwsSellerConfig(String alias, String sellerId, String accessKeyId, String secretKey,
                              String mwsAuthToken, List<String> marketplaceIds) implements PolledSeller {

    public MwsSellerConfig {
        requireText("alias", alias);
        requireText("sellerId", sellerId);
        requireText("accessKeyId", accessKeyId);
        requireText("secretKey", secretKey);
        marketplaceIds = marketplaceIds == null ? List.of() : List.copyOf(marketplaceIds);
    }

    @Override
    public String toString() {
        return "MWS seller " + alias + " (" + sellerId + ", marketplaces " + marketplaceIds + ")";
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            // the message names the field, never its value: these records hold credentials
            throw new IllegalArgumentException("MWS seller " + name + " is missing");
        }
    }
}
