package io.sellerbridge.spapi;

import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.amazon.PolledSeller;
import io.sellerbridge.amazon.SellerRegistry;
import io.sellerbridge.amazon.SellingRegion;
import io.sellerbridge.observe.LogContext;
import org.apache.camel.Exchange;

import java.util.List;

/**
 * One selling partner the bundle polls: its alias in the properties, Amazon seller id, marketplaces, LWA credentials
 * and selling region (whose endpoint serves it). {@link #toString()} never shows the credentials.
 */
public record SpApiSeller(String alias, String sellerId, List<String> marketplaceIds,
                          String clientId, String clientSecret, String refreshToken, SellingRegion region,
                          String keysAt) implements PolledSeller {

    /** The exchange property holding the seller an SP-API stream works for (its token, its throttles). */
    public static final String PROPERTY = "seller";

    /** A seller of {@code spapi.sellers} in the region of its marketplaces. */
    public SpApiSeller(String alias, String sellerId, List<String> marketplaceIds, String clientId, String clientSecret,
                       String refreshToken) {
        this(alias, sellerId, marketplaceIds, clientId, clientSecret, refreshToken,
                SellingRegion.of(marketplaceIds, java.util.Optional.empty()), propertiesPrefix(alias));
    }

    /** Reads {@code spapi.seller.<alias>.*}. */
    public static SpApiSeller read(SellerRegistry.SellerKeys keys) {
        return read(keys, propertiesPrefix(keys.alias()));
    }

    /** Reads a seller's keys; {@code keysAt} says where they are set, for messages ("eu.properties: "). */
    public static SpApiSeller read(SellerRegistry.SellerKeys keys, String keysAt) {
        List<String> marketplaces = keys.marketplaceIds();
        return new SpApiSeller(keys.alias(), keys.required("seller-id"), marketplaces,
                keys.secret("lwa.client-id"), keys.secret("lwa.client-secret"), keys.secret("lwa.refresh-token"),
                keys.region(marketplaces), keysAt);
    }

    private static String propertiesPrefix(String alias) {
        return "spapi.seller." + alias + ".";
    }

    /** The key of the seller's buyer-data switch and refusal, whichever file or properties set the seller. */
    public String optInKey() {
        return propertiesPrefix(alias);
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
        exchange.setProperty(LogContext.MARKETPLACES, String.join(",", marketplaceIds));
        LogContext.sellerAndOrder(exchange);
    }

    /** Where one of this seller's keys is set, for error messages that must name a key. */
    public String key(String suffix) {
        return keysAt + suffix;
    }

    @Override
    public String toString() {
        return "seller " + alias + " (" + sellerId + ", marketplaces " + marketplaceIds + ")";
    }
}
