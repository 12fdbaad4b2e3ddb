package io.sellerbridge.spapi;

import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.amazon.PolledSeller;
import io.sellerbridge.amazon.SellerRegistry;
import org.apache.camel.Exchange;

import java.util.List;

/**
 * One selling partner the bundle polls: its alias in the properties, Amazon seller id, marketplaces and LWA
 * credentials. {@link #toString()} never shows the credentials.
 */
public record SpApiSeller(String alias, String sellerId, List<String> marketplaceIds,
                          String clientId, String clientSecret, String refreshToken) implements PolledSeller {

    /** The exchange property holding the seller an SP-API stream works for (its token, its throttles). */
    public static final String PROPERTY = "seller";

    /** Reads {@code spapi.seller.<alias>.*}. */
    public static SpApiSeller read(SellerRegistry.SellerKeys keys) {
        return new SpApiSeller(keys.alias(), keys.required("seller-id"), keys.marketplaceIds(),
                keys.secret("lwa.client-id"), keys.secret("lwa.client-secret"), keys.secret("lwa.refresh-token"));
    }

    public static SpApiSeller of(Exchange exchange) {
        SpApiSeller seller = exchange.getProperty(PROPERTY, SpApiSeller.class);
        if (seller == null) {
            throw new IllegalStateException("exchange has no '" + PROPERTY + "' property");
        }
        return seller;
    }

    @Override
    public void useIn(Exchange exchange) {
        exchange.setProperty(PROPERTY, this);
        exchange.setProperty(AmazonCall.SELLER_ID, sellerId);
    }

    /** The property prefix of this seller, for error messages that must name a key. */
    public String key(String suffix) {
        return "spapi.seller." + alias + "." + suffix;
    }

    @Override
    public String toString() {
        return "seller " + alias + " (" + sellerId + ", marketplaces " + marketplaceIds + ")";
    }
}
