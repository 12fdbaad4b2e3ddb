package io.sellerbridge.amazon;

import io.sellerbridge.config.ConfigurationException;
import io.sellerbridge.config.Settings;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Amazon's selling regions and the marketplaces of each (SP-API docs, "Marketplace IDs" and "SP-API Endpoints"). A
 * seller's authorisation is for one region, and a region's marketplaces are served by that region's endpoint only.
 */
public enum SellingRegion {

    NA("https://sellingpartnerapi-na.amazon.com", "https://sandbox.sellingpartnerapi-na.amazon.com",
            Set.of("A2EUQ1WTGCTBG2", "ATVPDKIKX0DER", "A1AM78C64UM0Y8", "A2Q3Y263D00KWC")),
    EU("https://sellingpartnerapi-eu.amazon.com", "https://sandbox.sellingpartnerapi-eu.amazon.com",
            Set.of("A28R8C7NBKEWEA", "A1RKKUPIHCS9HS", "A1F83G8C2ARO7P", "A13V1IB3VIYZZH", "AMEN7PMS3EDWL",
                    "A1805IZSGTT6HS", "A1PA6795UKMFR9", "APJ6JRA9NG5V4", "A2NODRKZP88ZB9", "AE08WJ6YKNBMC",
                    "A1C3SOZRARQ6R3", "ARBP9OOSHTCHU", "A33AVAJ2PDY3EV", "A17E79C6D8DWNP", "A2VIGQ35RCS4UG",
                    "A21TJRUUN4KGV")),
    FE("https://sellingpartnerapi-fe.amazon.com", "https://sandbox.sellingpartnerapi-fe.amazon.com",
            Set.of("A19VAU5U5O7RUS", "A39IBJ37TRP1C6", "A1VC38T7YXB528"));

    private final String endpoint;
    private final String sandboxEndpoint;
    private final Set<String> marketplaces;

    SellingRegion(String endpoint, String sandboxEndpoint, Set<String> marketplaces) {
        this.endpoint = endpoint;
        this.sandboxEndpoint = sandboxEndpoint;
        this.marketplaces = marketplaces;
    }

    /** Amazon's production endpoint of the region. */
    public String endpoint() {
        return endpoint;
    }

    /** Amazon's sandbox endpoint of the region (static and dynamic sandbox calls). */
    public String sandboxEndpoint() {
        return sandboxEndpoint;
    }

    /** The region of a marketplace Amazon lists; empty for one it does not (a marketplace newer than this table). */
    public static Optional<SellingRegion> ofMarketplace(String marketplaceId) {
        return Arrays.stream(values()).filter(r -> r.marketplaces.contains(marketplaceId)).findFirst();
    }

    /** {@code na}, {@code eu} or {@code fe}, in any case; empty for anything else. */
    public static Optional<SellingRegion> named(String name) {
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    /**
     * The one region of a seller's marketplaces, or {@code named} when given (needed for a marketplace this table does
     * not list yet).
     *
     * @throws IllegalArgumentException when the marketplaces span regions, one is in another region than
     *                                  {@code named}, or one is unknown and no region is named
     */
    public static SellingRegion of(java.util.List<String> marketplaceIds, Optional<SellingRegion> named) {
        SellingRegion region = named.orElse(null);
        for (String marketplace : marketplaceIds) {
            Optional<SellingRegion> own = ofMarketplace(marketplace);
            if (own.isEmpty() && named.isEmpty()) {
                throw new IllegalArgumentException("'" + marketplace + "' is not in Amazon's table of marketplaces;"
                        + " name the seller's region (na, eu or fe)");
            }
            if (own.isPresent() && region != null && own.get() != region) {
                throw new IllegalArgumentException("'" + marketplace + "' is a marketplace of region " + own.get()
                        + ", not " + region + ": a seller's authorisation is for one region, make one seller per region");
            }
            if (region == null) {
                region = own.get();
            }
        }
        return region;
    }

    /** The lower-case name used in property keys (spapi.endpoint.na). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The region's own key under {@code base}: {@code base.na}, {@code base.eu}, {@code base.fe}. */
    public String keyUnder(String base) {
        return base + "." + key();
    }

    /**
     * Whether {@code base} (one endpoint for every region) is set rather than the regions' own keys under it.
     *
     * @throws ConfigurationException naming {@code base} when a region's key is set too: one of them would be ignored,
     *                                and a seller of another region sent to the wrong endpoint
     */
    public static boolean oneForAll(Settings settings, String base) {
        if (settings.optional(base).isEmpty()) {
            return false;
        }
        for (SellingRegion region : values()) {
            if (settings.optional(region.keyUnder(base)).isPresent()) {
                throw new ConfigurationException(base, "is one endpoint for every region; unset it or "
                        + region.keyUnder(base));
            }
        }
        return true;
    }
}
