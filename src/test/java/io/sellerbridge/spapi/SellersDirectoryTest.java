package io.sellerbridge.spapi;

import io.sellerbridge.amazon.SellerRegistry;
import io.sellerbridge.amazon.SellingRegion;
import io.sellerbridge.pii.BuyerDataOptIn;
import io.sellerbridge.testing.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SellersDirectoryTest {

    private static final String EU_SELLER = String.join("\n", "seller-id = A2EUSELLER", "marketplace-ids = A1PA6795UKMFR9",
            "lwa.client-id = amzn1.application-oa2-client.x", "lwa.client-secret = very-secret-1",
            "lwa.refresh-token = Atzr|refresh-1");

    @TempDir
    Path dir;

    private final SpApiSeller configured = new SpApiSeller("main", "A2MAIN", List.of("ATVPDKIKX0DER"), "c", "s", "r");
    private final SellerRegistry<SpApiSeller> sellers = new SellerRegistry<>(List.of(configured));
    private final BuyerDataOptIn buyerData = new BuyerDataOptIn(Map.of());

    private SellersDirectory directory() {
        return new SellersDirectory(dir, sellers, buyerData, false, Set.of("main"));
    }

    private void write(String file, String content) throws Exception {
        Files.writeString(dir.resolve(file), content);
    }

    @Test
    void givenFilesAddedChangedAndRemoved_thenTheSellersFollowOnEachRead() throws Exception {
        SellersDirectory directory = directory();
        write("eu.properties", EU_SELLER);
        directory.reload();
        SpApiSeller eu = sellers.byAlias("eu");
        assertEquals(List.of("main", "eu"), sellers.active().stream().map(SpApiSeller::alias).toList());
        assertEquals(SellingRegion.EU, eu.region());
        assertEquals("Atzr|refresh-1", eu.refreshToken());
        // errors about its credentials name the file it came from
        assertEquals("eu.properties: lwa.refresh-token", eu.key("lwa.refresh-token"));
        assertEquals("spapi.seller.eu.", eu.optInKey());

        directory.reload(); // unchanged: the same seller object
        assertTrue(eu == sellers.byAlias("eu"));

        write("eu.properties", EU_SELLER.replace("refresh-1", "refresh-2") + "\npii.enabled = true\n");
        directory.reload();
        assertEquals("Atzr|refresh-2", sellers.byAlias("eu").refreshToken());
        assertTrue(buyerData.enabled("spapi.seller.eu."));

        Files.delete(dir.resolve("eu.properties"));
        directory.reload();
        assertEquals(List.of("main"), sellers.active().stream().map(SpApiSeller::alias).toList());
        assertFalse(buyerData.enabled("spapi.seller.eu."));
    }

    @Test
    void givenABadFile_thenThatSellerIsLeftOutNamingFileAndKeyButNeverAValue() throws Exception {
        write("eu.properties", EU_SELLER);
        write("fe.properties", EU_SELLER.replace("A1PA6795UKMFR9", "A1VC38T7YXB528,ATVPDKIKX0DER"));
        write("nosecret.properties", EU_SELLER.replace("lwa.client-secret = very-secret-1", ""));
        write("main.properties", EU_SELLER);
        write("Bad Name.properties", EU_SELLER);
        SellersDirectory directory = directory();

        try (LogCapture logs = LogCapture.capture()) {
            directory.reload();
            assertFalse(logs.text().contains("very-secret-1") || logs.text().contains("refresh-1"), logs.text());
        }

        assertEquals(Set.of("main", "eu"), sellers.aliases());
        Map<String, String> problems = directory.problems();
        assertEquals(Set.of("fe.properties", "nosecret.properties", "main.properties", "Bad Name.properties"),
                problems.keySet());
        assertTrue(problems.get("fe.properties").startsWith("marketplace-ids: 'ATVPDKIKX0DER' is a marketplace of region"
                + " NA, not FE"), problems.toString());
        assertTrue(problems.get("nosecret.properties").startsWith("lwa.client-secret:"), problems.toString());
        assertTrue(problems.get("main.properties").contains("spapi.sellers"), problems.toString());
        assertFalse(problems.toString().contains("very-secret-1"), problems.toString());

        Files.delete(dir.resolve("fe.properties"));
        write("nosecret.properties", EU_SELLER.replace("A2EUSELLER", "A2FIXED"));
        directory.reload();
        assertEquals(Set.of("main.properties", "Bad Name.properties"), directory.problems().keySet());
        assertEquals("A2FIXED", sellers.byAlias("nosecret").sellerId());
    }
}
