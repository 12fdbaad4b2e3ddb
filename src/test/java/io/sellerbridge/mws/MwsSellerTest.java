package io.sellerbridge.mws;

import io.sellerbridge.amazon.SellingRegion;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MwsSellerConfigTest {

    @Test
    void givenASellerWithSecrets_whenPrinted_thenNeitherSecretKeyNorAuthTokenAppear() {
        MwsSeller seller = new MwsSeller("de", "A1SELLER", "AKIDEXAMPLE", "very-secret-key",
                "amzn.mws.secret-token", List.of("A1PA6795UKMFR9"), SellingRegion.EU);

        String printed = seller.toString();

        assertFalse(printed.contains("very-secret-key"), printed);
        assertFalse(printed.contains("amzn.mws.secret-token"), printed);
        assertTrue(printed.contains("de") && printed.contains("A1SELLER") && printed.contains("A1PA6795UKMFR9"), printed);
    }

    @Test
    void givenAMissingSecretKey_whenCreated_thenTheErrorNamesTheFieldNotAValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MwsSeller("de", "A1SELLER", "AKIDEXAMPLE", " ", null, List.of("A1PA6795UKMFR9"), SellingRegion.EU));

        assertTrue(e.getMessage().contains("secretKey"), e.getMessage());
    }

    @Test
    void givenAMutableMarketplaceList_whenChangedAfterwards_thenTheConfigKeepsItsOwnCopy() {
        List<String> marketplaces = new ArrayList<>(List.of("A1PA6795UKMFR9"));
        MwsSeller seller = new MwsSeller("de", "A1SELLER", "AKID", "secret", null, marketplaces, SellingRegion.EU);

        marketplaces.add("A13V1IB3VIYZZH");

        assertEquals(List.of("A1PA6795UKMFR9"), seller.marketplaceIds());
    }
}
