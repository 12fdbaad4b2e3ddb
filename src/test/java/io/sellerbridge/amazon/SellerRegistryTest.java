package io.sellerbridge.amazon;

import io.sellerbridge.config.ConfigurationException;
import io.sellerbridge.mws.MwsSeller;
import io.sellerbridge.testing.BundleProperties;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One registry for the sellers of either API: the same validation, keys named after the API. */
class SellerRegistryTest {

    private final Map<String, String> props = new HashMap<>(Map.of(
            "mws.sellers", "main,eu",
            "mws.seller.main.seller-id", "A2S",
            "mws.seller.main.marketplace-ids", "ATVPDKIKX0DER",
            "mws.seller.main.access-key-id", "AKIA",
            "mws.seller.main.secret-key", "top-secret",
            "mws.seller.eu.seller-id", "A3E",
            "mws.seller.eu.marketplace-ids", "A1PA6795UKMFR9",
            "mws.seller.eu.access-key-id", "AKIB",
            "mws.seller.eu.secret-key", "other-secret",
            "mws.seller.eu.auth-token", "amzn.mws.4ea38b7b"));

    private SellerRegistry<MwsSeller> load() {
        return SellerRegistry.load(BundleProperties.settings(props), "mws", MwsSeller::read);
    }

    @Test
    void givenTwoMwsSellers_whenLoaded_thenEachHasItsKeysAndTheAuthTokenIsOptional() {
        SellerRegistry<MwsSeller> sellers = load();

        assertEquals(List.of("A2S", "A3E"), sellers.active().stream().map(MwsSeller::sellerId).toList());
        assertNull(sellers.byAlias("main").mwsAuthToken());
        assertEquals("amzn.mws.4ea38b7b", sellers.byAlias("eu").mwsAuthToken());
    }

    @Test
    void givenAMarketplaceIdThatIsNone_whenLoaded_thenTheErrorNamesTheSellersKey() {
        props.put("mws.seller.eu.marketplace-ids", "germany");

        ConfigurationException e = assertThrows(ConfigurationException.class, this::load);

        assertTrue(e.getMessage().startsWith("mws.seller.eu.marketplace-ids: 'germany' is not a marketplace id"),
                e.getMessage());
    }

    @Test
    void givenASellerReplacedWhileAWindowRan_whenTheOldRecordFails_thenTheNewSellerIsNotStopped() {
        SellerRegistry<MwsSeller> sellers = load();
        MwsSeller old = sellers.byAlias("eu");
        props.put("mws.seller.eu.auth-token", "amzn.mws.fixed");
        sellers.put(load().byAlias("eu"));

        sellers.stop(old, "refused with the old token");
        sellers.tokenUnavailable(old, "unreachable");

        assertTrue(sellers.tokenProblems().isEmpty(), sellers.tokenProblems().toString());
        assertEquals(2, sellers.active().size());
    }

    @Test
    void givenAStoppedSeller_thenItIsNoLongerActiveAndItsReasonIsATokenProblem() {
        SellerRegistry<MwsSeller> sellers = load();

        sellers.stop(sellers.byAlias("main"), "AccessDenied");

        assertEquals(List.of("A3E"), sellers.active().stream().map(MwsSeller::sellerId).toList());
        assertEquals(Map.of("main", "AccessDenied"), sellers.tokenProblems());
    }
}
