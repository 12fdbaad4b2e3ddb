package io.sellerbridge.spapi;

import io.sellerbridge.amazon.SellerRegistry;
import io.sellerbridge.amazon.SellingRegion;
import io.sellerbridge.config.ConfigurationException;
import io.sellerbridge.testing.BundleProperties;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A seller's selling region, and the endpoint its calls go to. */
class SellerRegionTest {

    private final Map<String, String> props = new HashMap<>(Map.of(
            "spapi.sellers", "main",
            "spapi.seller.main.seller-id", "A2S",
            "spapi.seller.main.marketplace-ids", "A1PA6795UKMFR9,A1F83G8C2ARO7P",
            "spapi.seller.main.lwa.client-id", "client",
            "spapi.seller.main.lwa.client-secret", "secret",
            "spapi.seller.main.lwa.refresh-token", "refresh"));

    private SpApiSeller seller() {
        return SellerRegistry.load(BundleProperties.settings(props), "spapi", SpApiSeller::read).byAlias("main");
    }

    @Test
    void givenMarketplacesOfOneRegion_thenTheSellerIsInThatRegion() {
        assertEquals(SellingRegion.EU, seller().region());
        props.put("spapi.seller.main.marketplace-ids", "A1VC38T7YXB528,A39IBJ37TRP1C6");
        assertEquals(SellingRegion.FE, seller().region());
    }

    @Test
    void givenMarketplacesOfTwoRegions_thenStartUpFailsNamingTheKeyAndWhy() {
        props.put("spapi.seller.main.marketplace-ids", "ATVPDKIKX0DER,A1PA6795UKMFR9");

        ConfigurationException e = assertThrows(ConfigurationException.class, this::seller);

        assertTrue(e.getMessage().startsWith("spapi.seller.main.marketplace-ids: 'A1PA6795UKMFR9' is a marketplace of"
                + " region EU, not NA"), e.getMessage());
    }

    @Test
    void givenAMarketplaceNewerThanTheTable_thenTheRegionMustBeNamed() {
        props.put("spapi.seller.main.marketplace-ids", "A1PA6795UKMFR9,A2NEWMARKETPLACE");
        assertTrue(assertThrows(ConfigurationException.class, this::seller).getMessage()
                .contains("name the seller's region"));

        props.put("spapi.seller.main.region", "eu");
        assertEquals(SellingRegion.EU, seller().region());

        props.put("spapi.seller.main.region", "fe");
        assertTrue(assertThrows(ConfigurationException.class, this::seller).getMessage().contains("region EU, not FE"));
        props.put("spapi.seller.main.region", "europe");
        assertTrue(assertThrows(ConfigurationException.class, this::seller).getMessage()
                .startsWith("spapi.seller.main.region: must be na, eu or fe"));
    }

    @Test
    void givenNoEndpointSet_thenEachRegionGoesToAmazonsHostOrItsSandboxHost() {
        Map<String, String> endpoints = new HashMap<>(Map.of("spapi.sandbox", "false"));
        SpApiEndpoints production = SpApiEndpoints.read(BundleProperties.settings(endpoints));
        assertEquals("https://sellingpartnerapi-eu.amazon.com", production.of(SellingRegion.EU));
        assertEquals("https://sellingpartnerapi-fe.amazon.com", production.of(SellingRegion.FE));

        endpoints.put("spapi.sandbox", "true");
        endpoints.put("spapi.endpoint.na", "http://127.0.0.1:9000");
        SpApiEndpoints sandbox = SpApiEndpoints.read(BundleProperties.settings(endpoints));
        assertEquals("http://127.0.0.1:9000", sandbox.of(SellingRegion.NA));
        assertEquals("https://sandbox.sellingpartnerapi-eu.amazon.com", sandbox.of(SellingRegion.EU));
    }

    @Test
    void givenOneEndpointForAll_thenEveryRegionGoesThere() {
        SpApiEndpoints one = SpApiEndpoints.read(BundleProperties.settings(Map.of("spapi.sandbox", "false",
                "spapi.endpoint", "http://127.0.0.1:9000/")));
        for (SellingRegion region : SellingRegion.values()) {
            assertEquals("http://127.0.0.1:9000", one.of(region));
        }
    }

    @Test
    void givenAnEndpointThatCannotWork_thenStartUpFailsNamingTheKey() {
        assertTrue(assertThrows(ConfigurationException.class, () -> SpApiEndpoints.read(BundleProperties.settings(
                Map.of("spapi.endpoint.fe", "sellingpartnerapi-fe.amazon.com")))).getMessage()
                .startsWith("spapi.endpoint.fe:"));
        assertTrue(assertThrows(ConfigurationException.class, () -> SpApiEndpoints.read(BundleProperties.settings(
                Map.of("spapi.endpoint.eu", "https://proxy.example.com/amazon")))).getMessage()
                .startsWith("spapi.endpoint.eu: must be scheme, host and port only"));
        assertTrue(assertThrows(ConfigurationException.class, () -> SpApiEndpoints.read(BundleProperties.settings(
                Map.of("spapi.endpoint", "http://127.0.0.1:9000", "spapi.endpoint.eu", "http://127.0.0.1:9001"))))
                .getMessage().startsWith("spapi.endpoint: is one endpoint for every region; unset it or spapi.endpoint.eu"));
    }
}
