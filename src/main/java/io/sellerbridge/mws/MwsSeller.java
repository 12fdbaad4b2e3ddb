package io.sellerbridge.mws;

import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.amazon.PolledSeller;
import io.sellerbridge.amazon.SellerRegistry;
import io.sellerbridge.amazon.SellingRegion;
import io.sellerbridge.config.ConfigurationException;

import io.sellerbridge.observe.LogContext;
import org.apache.camel.Exchange;

import java.util.List;

/**
 * One seller polled through MWS: its alias in the properties, Amazon seller id, MWS keys, marketplaces (the first is
 * its home marketplace, whose MWS endpoint serves it) and selling region. {@code mwsAuthToken} is null when the seller
 * signs with its own developer keys (no third-party authorisation). {@link #toString()} never shows the secret key or
 * the auth token.
 */
public record MwsSeller(String alias, String sellerId, String accessKeyId, String secretKey,
                        String mwsAuthToken, List<String> marketplaceIds, SellingRegion region)
        implements PolledSeller {

    /** The exchange property holding the seller the MWS stream works for (its keys sign each call). */
    public static final String PROPERTY = "mwsSeller";

    /**
     * Reads {@code mws.seller.<alias>.*}; its marketplaces must share one region ({@code region} names it) and have
     * been one MWS account.
     */
    public static MwsSeller read(SellerRegistry.SellerKeys keys) {
        List<String> marketplaces = keys.marketplaceIds();
        SellingRegion region = keys.region(marketplaces);
        MwsEndpoints.notOneAccount(marketplaces).ifPresent(why -> {
            throw new ConfigurationException(keys.prefix() + "marketplace-ids", why);
        });
        return new MwsSeller(keys.alias(), keys.required("seller-id"), keys.secret("access-key-id"),
                keys.secret("secret-key"), keys.optional("auth-token"), marketplaces, region);
    }

    public static MwsSeller of(Exchange exchange) {
        MwsSeller seller = exchange.getProperty(PROPERTY, MwsSeller.class);
        if (seller == null) {
            throw new IllegalStateException("exchange property " + PROPERTY + " (MwsSeller) is not set");
        }
        return seller;
    }

    public MwsSeller {
        requireText("alias", alias);
        requireText("sellerId", sellerId);
        requireText("accessKeyId", accessKeyId);
        requireText("secretKey", secretKey);
        marketplaceIds = marketplaceIds == null ? List.of() : List.copyOf(marketplaceIds);
        if (marketplaceIds.isEmpty() || region == null) {
            throw new IllegalArgumentException("MWS seller " + alias + " needs a marketplace and its region");
        }
    }

    @Override
    public void useIn(Exchange exchange) {
        exchange.setProperty(PROPERTY, this);
        exchange.setProperty(AmazonCall.SELLER_ID, sellerId);
        exchange.setProperty(LogContext.MARKETPLACES, String.join(",", marketplaceIds));
        LogContext.sellerAndOrder(exchange);
    }

    @Override
    public String toString() {
        return "MWS seller " + alias + " (" + sellerId + ", " + region + " marketplaces " + marketplaceIds + ")";
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            // the message names the field, never its value: these records hold credentials
            throw new IllegalArgumentException("MWS seller " + name + " is missing");
        }
    }
}
