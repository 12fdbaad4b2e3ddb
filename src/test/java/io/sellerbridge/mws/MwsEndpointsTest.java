package io.sellerbridge.mws;

import io.sellerbridge.amazon.SellerRegistry;
import io.sellerbridge.amazon.SellingRegion;
import io.sellerbridge.config.ConfigurationException;
import io.sellerbridge.testing.BundleProperties;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where an MWS seller's calls go: Amazon's endpoint of its home marketplace, or the one configured. */
class MwsEndpointsTest {

    private static MwsSeller seller(String... marketplaces) {
        return new MwsSeller("s", "A1SELLER", "AKID", "secret", null, List.of(marketplaces),
                SellingRegion.of(List.of(marketplaces), java.util.Optional.empty()));
    }

    private static MwsEndpoints amazons() {
        return MwsEndpoints.read(BundleProperties.settings(Map.of()));
    }

    /** Amazon's MWS endpoints (MWS Developer Guide, "Amazon MWS endpoints"), marketplace by marketplace. */
    private static final Map<String, String> AMAZONS_TABLE = Map.ofEntries(
            Map.entry("A2Q3Y263D00KWC", "https://mws.amazonservices.com"),       // BR
            Map.entry("A2EUQ1WTGCTBG2", "https://mws.amazonservices.ca"),        // CA
            Map.entry("A1AM78C64UM0Y8", "https://mws.amazonservices.com.mx"),    // MX
            Map.entry("ATVPDKIKX0DER", "https://mws.amazonservices.com"),        // US
            Map.entry("A2VIGQ35RCS4UG", "https://mws.amazonservices.ae"),        // AE
            Map.entry("A1PA6795UKMFR9", "https://mws-eu.amazonservices.com"),    // DE
            Map.entry("ARBP9OOSHTCHU", "https://mws-eu.amazonservices.com"),     // EG
            Map.entry("A1RKKUPIHCS9HS", "https://mws-eu.amazonservices.com"),    // ES
            Map.entry("A13V1IB3VIYZZH", "https://mws-eu.amazonservices.com"),    // FR
            Map.entry("A1F83G8C2ARO7P", "https://mws-eu.amazonservices.com"),    // GB
            Map.entry("A21TJRUUN4KGV", "https://mws.amazonservices.in"),         // IN
            Map.entry("APJ6JRA9NG5V4", "https://mws-eu.amazonservices.com"),     // IT
            Map.entry("A1805IZSGTT6HS", "https://mws-eu.amazonservices.com"),    // NL
            Map.entry("A1C3SOZRARQ6R3", "https://mws-eu.amazonservices.com"),    // PL
            Map.entry("A17E79C6D8DWNP", "https://mws-eu.amazonservices.com"),    // SA
            Map.entry("A2NODRKZP88ZB9", "https://mws-eu.amazonservices.com"),    // SE
            Map.entry("A33AVAJ2PDY3EV", "https://mws-eu.amazonservices.com"),    // TR
            Map.entry("A19VAU5U5O7RUS", "https://mws-fe.amazonservices.com"),    // SG
            Map.entry("A39IBJ37TRP1C6", "https://mws.amazonservices.com.au"),    // AU
            Map.entry("A1VC38T7YXB528", "https://mws.amazonservices.jp"));       // JP

    @Test
    void givenNoEndpointSet_thenEachSellerGoesToAmazonsEndpointOfItsHomeMarketplace() {
        MwsEndpoints endpoints = amazons();

        AMAZONS_TABLE.forEach((marketplace, url) -> assertEquals(url, endpoints.of(seller(marketplace)).url(), marketplace));
        // the first marketplace is the home one
        assertEquals("https://mws.amazonservices.com", endpoints.of(seller("ATVPDKIKX0DER", "A2EUQ1WTGCTBG2")).url());
        assertEquals("https://mws.amazonservices.ca", endpoints.of(seller("A2EUQ1WTGCTBG2", "ATVPDKIKX0DER")).url());
        // Belgium opened after MWS was closed to new sellers: the region's general host
        assertEquals("https://mws-eu.amazonservices.com", endpoints.of(seller("AMEN7PMS3EDWL")).url());
    }

    @Test
    void givenAnEndpoint_thenItsRequestsAreSignedForItsHostAndTheOrdersPathUnderItsOwnPath() {
        MwsEndpoints.Endpoint japan = amazons().of(seller("A1VC38T7YXB528"));
        assertEquals("mws.amazonservices.jp", japan.hostHeader());
        assertEquals("/Orders/2013-09-01", japan.signedPath());

        MwsEndpoints.Endpoint proxy = MwsEndpoints.read(BundleProperties.settings(
                Map.of("mws.endpoint.fe", "http://proxy.internal:8080/mws/"))).of(seller("A1VC38T7YXB528"));
        assertEquals("proxy.internal:8080", proxy.hostHeader());
        assertEquals("/mws/Orders/2013-09-01", proxy.signedPath());
    }

    @Test
    void givenARegionsEndpoint_thenEveryMarketplaceOfThatRegionGoesThereAndTheOthersToAmazon() {
        MwsEndpoints endpoints = MwsEndpoints.read(BundleProperties.settings(Map.of("mws.endpoint.eu",
                "http://127.0.0.1:9001")));

        assertEquals("http://127.0.0.1:9001", endpoints.of(seller("A1PA6795UKMFR9")).url());
        assertEquals("http://127.0.0.1:9001", endpoints.of(seller("A21TJRUUN4KGV")).url());
        assertEquals("http://127.0.0.1:9001", endpoints.of(seller("A2VIGQ35RCS4UG")).url());
        assertEquals("https://mws.amazonservices.jp", endpoints.of(seller("A1VC38T7YXB528")).url());
    }

    @Test
    void givenOneEndpointForAll_thenEverySellerGoesThere() {
        MwsEndpoints one = MwsEndpoints.read(BundleProperties.settings(Map.of("mws.endpoint", "http://127.0.0.1:9000")));

        for (MwsSeller s : List.of(seller("ATVPDKIKX0DER"), seller("A1PA6795UKMFR9"), seller("A1VC38T7YXB528"))) {
            assertEquals("http://127.0.0.1:9000", one.of(s).url());
        }
    }

    @Test
    void givenAnEndpointThatCannotWork_thenStartUpFailsNamingTheKey() {
        assertTrue(assertThrows(ConfigurationException.class, () -> MwsEndpoints.read(BundleProperties.settings(
                Map.of("mws.endpoint.fe", "mws.amazonservices.jp")))).getMessage().startsWith("mws.endpoint.fe:"));
        // a query would go out unsigned, and hide the options the call route adds
        assertTrue(assertThrows(ConfigurationException.class, () -> MwsEndpoints.read(BundleProperties.settings(
                Map.of("mws.endpoint.eu", "https://proxy.example.com/mws?key=v")))).getMessage()
                .startsWith("mws.endpoint.eu: must be scheme, host, port and path only"));
        assertTrue(assertThrows(ConfigurationException.class, () -> MwsEndpoints.read(BundleProperties.settings(
                Map.of("mws.endpoint", "http://127.0.0.1:9000/#x")))).getMessage().startsWith("mws.endpoint: must be"));
        assertTrue(assertThrows(ConfigurationException.class, () -> MwsEndpoints.read(BundleProperties.settings(
                Map.of("mws.endpoint", "http://127.0.0.1:9000", "mws.endpoint.na", "http://127.0.0.1:9001"))))
                .getMessage().startsWith("mws.endpoint: is one endpoint for every region; unset it or mws.endpoint.na"));
    }

    /** The properties of one MWS seller, {@code main}, selling in these marketplaces. */
    private static Map<String, String> sellerIn(String marketplaceIds) {
        return new HashMap<>(Map.of("mws.sellers", "main",
                "mws.seller.main.seller-id", "A1SELLER",
                "mws.seller.main.marketplace-ids", marketplaceIds,
                "mws.seller.main.access-key-id", "AKID",
                "mws.seller.main.secret-key", "secret"));
    }

    private static MwsSeller load(Map<String, String> props) {
        return SellerRegistry.load(BundleProperties.settings(props), "mws", MwsSeller::read).byAlias("main");
    }

    @Test
    void givenASellersMarketplacesInTwoRegions_thenStartUpFailsNamingItsMarketplaces() {
        Map<String, String> props = sellerIn("A1VC38T7YXB528,ATVPDKIKX0DER");

        ConfigurationException e = assertThrows(ConfigurationException.class, () -> load(props));

        assertTrue(e.getMessage().startsWith("mws.seller.main.marketplace-ids: 'ATVPDKIKX0DER' is a marketplace of"
                + " region NA, not FE"), e.getMessage());
        props.put("mws.seller.main.marketplace-ids", "A1VC38T7YXB528");
        assertEquals(SellingRegion.FE, load(props).region());
    }

    @Test
    void givenMarketplacesOfOneRegionButTwoMwsAccounts_thenStartUpFailsNamingItsMarketplaces() {
        ConfigurationException india = assertThrows(ConfigurationException.class,
                () -> load(sellerIn("A1PA6795UKMFR9,A21TJRUUN4KGV")));
        ConfigurationException australia = assertThrows(ConfigurationException.class,
                () -> load(sellerIn("A1VC38T7YXB528,A39IBJ37TRP1C6")));

        assertTrue(india.getMessage().startsWith("mws.seller.main.marketplace-ids: 'A21TJRUUN4KGV' was served by "
                + "mws.amazonservices.in, 'A1PA6795UKMFR9' by mws-eu.amazonservices.com"), india.getMessage());
        assertTrue(australia.getMessage().contains("mws.amazonservices.com.au"), australia.getMessage());
        // the unified European account on one host, and North America's across its hosts, are one seller each
        for (String one : List.of("A1PA6795UKMFR9,A1F83G8C2ARO7P,A13V1IB3VIYZZH", "ATVPDKIKX0DER,A2EUQ1WTGCTBG2,A1AM78C64UM0Y8")) {
            assertEquals(List.of(one.split(",")), load(sellerIn(one)).marketplaceIds());
        }
    }
}
