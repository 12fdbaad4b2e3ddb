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

    @Test
    void givenNoEndpointSet_thenEachSellerGoesToAmazonsEndpointOfItsHomeMarketplace() {
        MwsEndpoints endpoints = amazons();

        assertEquals("https://mws.amazonservices.com", endpoints.of(seller("ATVPDKIKX0DER", "A2EUQ1WTGCTBG2")).url());
        assertEquals("https://mws.amazonservices.ca", endpoints.of(seller("A2EUQ1WTGCTBG2", "ATVPDKIKX0DER")).url());
        assertEquals("https://mws.amazonservices.com.mx", endpoints.of(seller("A1AM78C64UM0Y8")).url());
        assertEquals("https://mws-eu.amazonservices.com", endpoints.of(seller("A1PA6795UKMFR9", "A1F83G8C2ARO7P")).url());
        assertEquals("https://mws.amazonservices.in", endpoints.of(seller("A21TJRUUN4KGV")).url());
        assertEquals("https://mws.amazonservices.ae", endpoints.of(seller("A2VIGQ35RCS4UG")).url());
        assertEquals("https://mws-fe.amazonservices.com", endpoints.of(seller("A19VAU5U5O7RUS")).url());
        assertEquals("https://mws.amazonservices.com.au", endpoints.of(seller("A39IBJ37TRP1C6")).url());
        assertEquals("https://mws.amazonservices.jp", endpoints.of(seller("A1VC38T7YXB528")).url());
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
        assertTrue(assertThrows(ConfigurationException.class, () -> MwsEndpoints.read(BundleProperties.settings(
                Map.of("mws.endpoint", "http://127.0.0.1:9000", "mws.endpoint.na", "http://127.0.0.1:9001"))))
                .getMessage().startsWith("mws.endpoint: is one endpoint for every seller; unset it or mws.endpoint.na"));
    }

    @Test
    void givenASellersMarketplacesInTwoRegions_thenStartUpFailsNamingItsMarketplaces() {
        Map<String, String> props = new HashMap<>(Map.of("mws.sellers", "main",
                "mws.seller.main.seller-id", "A1SELLER",
                "mws.seller.main.marketplace-ids", "A1VC38T7YXB528,ATVPDKIKX0DER",
                "mws.seller.main.access-key-id", "AKID",
                "mws.seller.main.secret-key", "secret"));

        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> SellerRegistry.load(BundleProperties.settings(props), "mws", MwsSeller::read));

        assertTrue(e.getMessage().startsWith("mws.seller.main.marketplace-ids: 'ATVPDKIKX0DER' is a marketplace of"
                + " region NA, not FE"), e.getMessage());
        props.put("mws.seller.main.marketplace-ids", "A1VC38T7YXB528");
        assertEquals(SellingRegion.FE, SellerRegistry.load(BundleProperties.settings(props), "mws", MwsSeller::read)
                .byAlias("main").region());
    }
}
