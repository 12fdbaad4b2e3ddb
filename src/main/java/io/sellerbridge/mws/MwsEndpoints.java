package io.sellerbridge.mws;

import io.sellerbridge.amazon.SellingRegion;
import io.sellerbridge.config.ConfigurationException;
import io.sellerbridge.config.Settings;

import java.net.URI;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where each MWS seller's calls go. MWS had an endpoint per marketplace, not one per region (Amazon MWS Developer
 * Guide, "Amazon MWS endpoints"): most of Europe shares mws-eu, India, the Emirates, Japan and Australia have their
 * own hosts. A seller's calls go to the endpoint of its first marketplace (its home marketplace), or to
 * {@code mws.endpoint.na|eu|fe} for every marketplace of its region, or to {@code mws.endpoint} for every seller (one
 * simulator or proxy). Each endpoint is resolved once, with the host and path its requests are signed for.
 */
public final class MwsEndpoints {

    /** Amazon's MWS endpoint of each marketplace MWS served. */
    private static final Map<String, String> AMAZON = Map.ofEntries(
            Map.entry("A2Q3Y263D00KWC", "https://mws.amazonservices.com"),       // Brazil
            Map.entry("A2EUQ1WTGCTBG2", "https://mws.amazonservices.ca"),        // Canada
            Map.entry("A1AM78C64UM0Y8", "https://mws.amazonservices.com.mx"),    // Mexico
            Map.entry("ATVPDKIKX0DER", "https://mws.amazonservices.com"),        // US
            Map.entry("A2VIGQ35RCS4UG", "https://mws.amazonservices.ae"),        // United Arab Emirates
            Map.entry("A1PA6795UKMFR9", "https://mws-eu.amazonservices.com"),    // Germany
            Map.entry("ARBP9OOSHTCHU", "https://mws-eu.amazonservices.com"),     // Egypt
            Map.entry("A1RKKUPIHCS9HS", "https://mws-eu.amazonservices.com"),    // Spain
            Map.entry("A13V1IB3VIYZZH", "https://mws-eu.amazonservices.com"),    // France
            Map.entry("A1F83G8C2ARO7P", "https://mws-eu.amazonservices.com"),    // UK
            Map.entry("A21TJRUUN4KGV", "https://mws.amazonservices.in"),         // India
            Map.entry("APJ6JRA9NG5V4", "https://mws-eu.amazonservices.com"),     // Italy
            Map.entry("A1805IZSGTT6HS", "https://mws-eu.amazonservices.com"),    // Netherlands
            Map.entry("A1C3SOZRARQ6R3", "https://mws-eu.amazonservices.com"),    // Poland
            Map.entry("A17E79C6D8DWNP", "https://mws-eu.amazonservices.com"),    // Saudi Arabia
            Map.entry("A2NODRKZP88ZB9", "https://mws-eu.amazonservices.com"),    // Sweden
            Map.entry("A33AVAJ2PDY3EV", "https://mws-eu.amazonservices.com"),    // Turkey
            Map.entry("A19VAU5U5O7RUS", "https://mws-fe.amazonservices.com"),    // Singapore
            Map.entry("A39IBJ37TRP1C6", "https://mws.amazonservices.com.au"),    // Australia
            Map.entry("A1VC38T7YXB528", "https://mws.amazonservices.jp"));       // Japan

    /**
     * The marketplaces of Amazon's unified North America account, which one MWS seller could sell in together while
     * their hosts differ; elsewhere a host's marketplaces were one account (the unified European one on mws-eu).
     */
    private static final Set<String> NORTH_AMERICA = Set.of("A2Q3Y263D00KWC", "A2EUQ1WTGCTBG2", "A1AM78C64UM0Y8",
            "ATVPDKIKX0DER");

    /** The region's general host, for a marketplace MWS never listed (opened after MWS was closed to new sellers). */
    private static final Map<SellingRegion, String> AMAZON_REGION = Map.of(
            SellingRegion.NA, "https://mws.amazonservices.com",
            SellingRegion.EU, "https://mws-eu.amazonservices.com",
            SellingRegion.FE, "https://mws-fe.amazonservices.com");

    /**
     * One endpoint: the URL camel-http sends to, and the Host header and path Amazon checks the signature against
     * (camel-http appends the Orders path to the endpoint's own path).
     */
    public record Endpoint(String url, String hostHeader, String signedPath) {

        static Endpoint of(URI uri) {
            String base = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            return new Endpoint(uri.toString(), MwsSignatureV2.hostHeader(uri), base + MwsRequestSigner.ORDERS_PATH);
        }
    }

    private final Optional<Endpoint> forEveryone;
    private final Map<SellingRegion, Endpoint> forRegion;
    private final Map<String, Endpoint> forMarketplace;

    private MwsEndpoints(Optional<Endpoint> forEveryone, Map<SellingRegion, Endpoint> forRegion,
                         Map<String, Endpoint> forMarketplace) {
        this.forEveryone = forEveryone;
        this.forRegion = Map.copyOf(forRegion);
        this.forMarketplace = Map.copyOf(forMarketplace);
    }

    /** Every seller's calls to one endpoint (a simulator, a test). */
    public static MwsEndpoints oneForAll(URI endpoint) {
        return new MwsEndpoints(Optional.of(Endpoint.of(endpoint)), Map.of(), Map.of());
    }

    /** {@code mws.endpoint} or {@code mws.endpoint.na|eu|fe}, each empty for Amazon's own endpoints. */
    public static MwsEndpoints read(Settings settings) {
        if (SellingRegion.oneForAll(settings, "mws.endpoint")) {
            return oneForAll(endpointAt(settings, "mws.endpoint"));
        }
        Map<SellingRegion, Endpoint> forRegion = new EnumMap<>(SellingRegion.class);
        Set<SellingRegion> configured = EnumSet.noneOf(SellingRegion.class);
        for (SellingRegion region : SellingRegion.values()) {
            String key = region.keyUnder("mws.endpoint");
            if (settings.optional(key).isPresent()) {
                configured.add(region);
            }
            forRegion.put(region, Endpoint.of(configured.contains(region) ? endpointAt(settings, key)
                    : URI.create(AMAZON_REGION.get(region))));
        }
        Map<String, Endpoint> forMarketplace = new HashMap<>();
        AMAZON.forEach((marketplace, url) -> {
            SellingRegion region = SellingRegion.ofMarketplace(marketplace).orElseThrow();
            forMarketplace.put(marketplace, configured.contains(region) ? forRegion.get(region)
                    : Endpoint.of(URI.create(url)));
        });
        return new MwsEndpoints(Optional.empty(), forRegion, forMarketplace);
    }

    /** The endpoint of the seller's calls. */
    public Endpoint of(MwsSeller seller) {
        return forEveryone.orElseGet(() -> forMarketplace.getOrDefault(seller.marketplaceIds().get(0),
                forRegion.get(seller.region())));
    }

    /**
     * Why these marketplaces cannot be one MWS seller, or empty when they can: MWS served them from different hosts
     * (India, the Emirates, Japan, Australia each had its own account), outside the unified North America account.
     */
    public static Optional<String> notOneAccount(List<String> marketplaceIds) {
        String home = marketplaceIds.get(0);
        for (String other : marketplaceIds) {
            boolean sameHost = AMAZON.getOrDefault(other, "").equals(AMAZON.getOrDefault(home, ""));
            if (!sameHost && !(NORTH_AMERICA.contains(home) && NORTH_AMERICA.contains(other))) {
                return Optional.of("'" + other + "' was served by " + host(other) + ", '" + home + "' by "
                        + host(home) + ": an MWS account was for the marketplaces of one host (or North America);"
                        + " make one seller per account");
            }
        }
        return Optional.empty();
    }

    private static String host(String marketplaceId) {
        String url = AMAZON.get(marketplaceId);
        return url == null ? "no MWS endpoint (a marketplace opened after MWS)" : URI.create(url).getHost();
    }

    /** An endpoint is scheme, host, port and path: a query would be sent unsigned and would hide the call's options. */
    private static URI endpointAt(Settings settings, String key) {
        URI uri = settings.httpUrl(key);
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new ConfigurationException(key, "must be scheme, host, port and path only, was '" + uri + "'");
        }
        return uri;
    }
}
