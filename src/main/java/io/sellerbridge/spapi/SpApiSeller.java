package io.sellerbridge.spapi;

import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.amazon.PolledSeller;
import io.sellerbridge.amazon.SellerRegistry;
import io.sellerbridge.amazon.SellingRegion;
import org.apache.camel.Exchange;

import java.util.List;

/**
 * One selling partner the bundle polls: its alias in the properties, Amazon seller id, marketplaces, LWA credentials
 * and selling region (whose endpoint serves it). {@link #toString()} never shows the credentials.
 */
public record SpApiSeller(String alias, String sellerId, List<String> marketplaceIds,
                          String clientId, String clientSecret, String refreshToken, SellingRegion region)
        implements PolledSeller {

    /** The exchange property holding the seller an SP-API stream works for (its token, its throttles). */
    public static final String PROPERTY = "seller";

    /** A seller in the region of its marketplaces. */
    public SpApiSeller(String alias, String sellerId, List<String> marketplaceIds, String clientId, String clientSecret,
                       String refreshToken) {
        this(alias, sellerId, marketplaceIds, clientId, clientSecret, refreshToken,
                SellingRegion.of(marketplaceIds, java.util.Optional.empty()));
    }

    /** Reads {@code spapi.seller.<alias>.*}. */
    public static SpApiSeller read(SellerRegistry.SellerKeys keys) {
        List<String> marketplaces = keys.marketplaceIds();
        return new SpApiSeller(keys.alias(), keys.required("seller-id"), marketplaces,
                keys.secret("lwa.client-id"), keys.secret("lwa.client-secret"), keys.secret("lwa.refresh-token"),
                keys.region(marketplaces));
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
