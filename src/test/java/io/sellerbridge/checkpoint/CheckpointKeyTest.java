package io.sellerbridge.checkpoint;

import io.sellerbridge.spapi.SpApiSeller;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The one key scheme of the checkpoint topic, as BEHAVIOR.md and k8s/README.md document it for replays. */
class CheckpointKeyTest {

    private static final SpApiSeller SELLER = new SpApiSeller("main", "A1B2C3D4E5F6G7",
            List.of("ATVPDKIKX0DER", "A2EUQ1WTGCTBG2"), "c", "s", "r");

    @Test
    void givenAnOrdersStream_thenTheKeyIsStreamSellerAndItsMarketplacesSorted() {
        assertEquals("spapi-orders:A1B2C3D4E5F6G7:A2EUQ1WTGCTBG2,ATVPDKIKX0DER",
                CheckpointKey.of("spapi-orders", SELLER).toString());
        assertEquals("mws-orders:A1B2C3D4E5F6G7:A2EUQ1WTGCTBG2,ATVPDKIKX0DER",
                CheckpointKey.of("mws-orders", SELLER).toString());
    }

    @Test
    void givenAMarketplaceScan_thenTheKeyNamesThatMarketplaceAndAnAspectExtendsTheStream() {
        CheckpointKey scan = CheckpointKey.of("spapi-inventory", "A1B2C3D4E5F6G7", "ATVPDKIKX0DER");

        assertEquals("spapi-inventory:A1B2C3D4E5F6G7:ATVPDKIKX0DER", scan.toString());
        assertEquals("spapi-inventory-full:A1B2C3D4E5F6G7:ATVPDKIKX0DER", scan.aspect("full").toString());
        assertEquals("ATVPDKIKX0DER", scan.marketplaceId());
    }

    @Test
    void givenASellerWidePosition_thenTheKeyHasNoMarketplaces() {
        CheckpointKey report = CheckpointKey.ofSeller("spapi-report-orders", "A1B2C3D4E5F6G7");

        assertEquals("spapi-report-orders:A1B2C3D4E5F6G7", report.toString());
        assertEquals("spapi-report-orders-until:A1B2C3D4E5F6G7", report.aspect("until").toString());
        assertEquals("spapi-report-orders-done:A1B2C3D4E5F6G7", report.aspect("done").toString());
        assertThrows(IllegalStateException.class, report::marketplaceId);
    }
}
