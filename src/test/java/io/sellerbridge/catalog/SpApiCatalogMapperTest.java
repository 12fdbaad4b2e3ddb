package io.sellerbridge.catalog;

import io.sellerbridge.canonical.CanonicalJson;
import io.sellerbridge.canonical.CanonicalProduct;
import io.sellerbridge.canonical.MappingException;
import io.sellerbridge.sandbox.AmazonSandbox;
import io.sellerbridge.sandbox.SandboxOptions;
import io.sellerbridge.sandbox.SandboxSeller;
import io.sellerbridge.testing.CanonicalSchemas;
import io.sellerbridge.testing.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpApiCatalogMapperTest {

    private static final String SCHEMA = "amazon.products.v1";
    private static final String US = "ATVPDKIKX0DER";
    private static final String CA = "A2EUQ1WTGCTBG2";
    private static final Instant RETRIEVED = Instant.parse("2026-11-02T10:15:30Z");

    private final SpApiCatalogMapper mapper = new SpApiCatalogMapper();

    @Test
    void givenAmazonsExampleItem_whenMapped_thenTheSummaryAndTheMarketplacesListsAreCanonical() {
        CanonicalProduct p = mapper.toCanonical("A2SELLER", US, amazonExample(), RETRIEVED);

        assertEquals("A2SELLER:ATVPDKIKX0DER:B07N4M94X4", p.recordKey());
        assertEquals("SAMSUNG", p.brand());
        assertEquals("Samsung", p.manufacturer());
        assertEquals("QN82Q60RAFXZA", p.modelNumber());
        assertEquals("BASE_PRODUCT", p.itemClassification());
        assertEquals(new CanonicalProduct.Classification("21489946011", "QLED TVs"), p.browseClassification());
        assertEquals("home_theater_display_on_website", p.websiteDisplayGroup());
        assertEquals(1, p.packageQuantity());
        assertEquals(List.of("TELEVISION"), p.productTypes());
        assertEquals(List.of(new CanonicalProduct.Identifier("EAN", "0887276302195"),
                new CanonicalProduct.Identifier("GTIN", "00887276302195"),
                new CanonicalProduct.Identifier("UPC", "887276302195")), p.identifiers());
        assertEquals(16, p.images().size());
        assertEquals(new CanonicalProduct.Image("MAIN", "https://m.media-amazon.com/images/I/91uohwV+k3L.jpg", 1707, 2560),
                p.images().get(0));
        assertEquals(List.of(
                new CanonicalProduct.SalesRank("21489946011", null, "QLED TVs", 113,
                        "http://www.amazon.com/gp/bestsellers/electronics/21489946011"),
                new CanonicalProduct.SalesRank(null, "ce_display_on_website", "Electronics", 72855,
                        "http://www.amazon.com/gp/bestsellers/electronics")), p.salesRanks());
        assertNull(p.attributes(), "the example asked for no attributes");
        assertEquals("2026-11-02T10:15:30Z", p.retrievedAt());
        assertValid(p);
    }

    @Test
    void givenAnItemInTwoMarketplacesWithAttributes_whenMappedForOne_thenOnlyItsEntriesAndTheAttributesAsSent() {
        ObjectNode item = amazonExample();
        for (String dataSet : List.of("identifiers", "images", "productTypes", "salesRanks", "summaries")) {
            ArrayNode entries = (ArrayNode) item.get(dataSet);
            ObjectNode canadian = entries.get(0).deepCopy();
            canadian.put("marketplaceId", CA);
            entries.insert(0, canadian);
        }
        ((ObjectNode) item.get("summaries").get(0)).put("itemName", "Samsung QLED (Canada)");
        ((ObjectNode) item.get("productTypes").get(0)).put("productType", "TELEVISION_CA");
        ObjectNode attributes = item.putObject("attributes");
        attributes.putArray("total_hdmi_ports").addObject().put("value", 4).put("marketplace_id", US);
        attributes.putArray("resolution").addObject().put("language_tag", "en_CA").put("value", "4K")
                .put("marketplace_id", CA);

        CanonicalProduct us = mapper.toCanonical("A2SELLER", US, item, RETRIEVED);
        CanonicalProduct ca = mapper.toCanonical("A2SELLER", CA, item, RETRIEVED);

        assertEquals("Samsung QN82Q60RAFXZA Flat 82-Inch QLED 4K Q60 Series (2019) Ultra HD Smart TV with HDR and Alexa "
                + "Compatibility", us.itemName());
        assertEquals("Samsung QLED (Canada)", ca.itemName());
        assertEquals(List.of("TELEVISION"), us.productTypes());
        assertEquals(List.of("TELEVISION_CA"), ca.productTypes());
        assertEquals(3, ca.identifiers().size(), "the CA entry only, not both");
        assertEquals(attributes, us.attributes());
        assertEquals(attributes, ca.attributes());
        String json = CanonicalJson.write(ca);
        assertTrue(json.contains("\"attributes\":{\"total_hdmi_ports\":[{\"value\":4,\"marketplace_id\":\"ATVPDKIKX0DER\"}]"),
                json);
        assertValid(us);
        assertValid(ca);
    }

    @Test
    void givenAnItemWithoutDataForTheMarketplace_whenMapped_thenOnlyTheAsinIsKnownAndNothingIsNull() {
        CanonicalProduct p = mapper.toCanonical("A2SELLER", CA, amazonExample(), RETRIEVED);

        assertNull(p.itemName());
        assertNull(p.productTypes());
        assertNull(p.salesRanks());
        String json = CanonicalJson.write(p);
        assertFalse(json.contains("null"), json);
        assertEquals("{\"asin\":\"B07N4M94X4\",\"marketplaceId\":\"A2EUQ1WTGCTBG2\",\"retrievedAt\":"
                + "\"2026-11-02T10:15:30Z\",\"sellerId\":\"A2SELLER\"}", json);
        assertValid(p);
    }

    @Test
    void givenAnUndocumentedItemClassification_whenMapped_thenTheErrorNamesFieldAndValue() {
        MappingException e = rejected(item -> summary(item).put("itemClassification", "SUPER_BUNDLE"));

        assertTrue(e.getMessage().contains("Item.summaries[0].itemClassification")
                && e.getMessage().contains("SUPER_BUNDLE"), e.getMessage());
    }

    @Test
    void givenAnItemWithoutAsin_whenMapped_thenTheErrorNamesTheField() {
        MappingException e = rejected(item -> item.remove("asin"));

        assertTrue(e.getMessage().contains("Item.asin"), e.getMessage());
    }

    @Test
    void givenANegativeRankOrAFractionalPackageQuantity_whenMapped_thenTheErrorNamesTheNestedField() {
        MappingException rank = rejected(item -> ((ObjectNode) item.get("salesRanks").get(0).get("classificationRanks")
                .get(0)).put("rank", -3));
        MappingException quantity = rejected(item -> summary(item).put("packageQuantity", 1.5));

        assertTrue(rank.getMessage().contains("Item.salesRanks[0].classificationRanks[0].rank"), rank.getMessage());
        assertTrue(quantity.getMessage().contains("Item.summaries[0].packageQuantity"), quantity.getMessage());
    }

    @Test
    void givenAReleaseDateThatIsNoDate_whenMapped_thenItIsRejectedAndAValidOneIsKept() {
        MappingException e = rejected(item -> summary(item).put("releaseDate", "March 2019"));
        ObjectNode dated = amazonExample();
        summary(dated).put("releaseDate", "2019-03-21");

        assertTrue(e.getMessage().contains("Item.summaries[0].releaseDate"), e.getMessage());
        assertEquals("2019-03-21", mapper.toCanonical("S", US, dated, RETRIEVED).releaseDate());
    }

    @Test
    void givenAnImageWithoutLink_whenMapped_thenTheErrorNamesTheImage() {
        MappingException e = rejected(item -> ((ObjectNode) item.get("images").get(0).get("images").get(2))
                .remove("link"));

        assertTrue(e.getMessage().contains("Item.images[0].images[2].link"), e.getMessage());
    }

    @Test
    void givenEveryItemOfTheSandboxCatalog_whenMappedForEachListedMarketplace_thenEachMessageIsValid() {
        try (AmazonSandbox sandbox = AmazonSandbox.start(SandboxOptions.defaults().orderCount(0)
                .sellers(List.of(SandboxSeller.DEFAULT, SandboxSeller.SECOND_WITH_JAPAN)))) {
            int mapped = 0;
            for (String asin : sandbox.catalog().asins()) {
                for (String marketplaceId : List.of(US, CA, "A1PA6795UKMFR9", "A1F83G8C2ARO7P", "A1VC38T7YXB528")) {
                    if (sandbox.catalog().listed(asin, marketplaceId)) {
                        CanonicalProduct p = mapper.toCanonical("S", marketplaceId, sandbox.catalog().item(asin),
                                RETRIEVED);
                        assertEquals(asin, p.asin());
                        assertTrue(p.itemName() != null && p.identifiers() != null && p.salesRanks().size() == 2,
                                p.toString());
                        assertValid(p);
                        mapped++;
                    }
                }
            }
            assertTrue(mapped > 60, "16 items in 5 marketplaces, less a few unlisted: " + mapped);
        }
    }

    @Test
    void givenAProductMessageWithoutAsinOrWithBothRankKinds_whenValidated_thenTheSchemaRejectsIt() throws Exception {
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(CanonicalJson.write(
                mapper.toCanonical("S", US, amazonExample(), RETRIEVED)));
        ObjectNode noAsin = json.deepCopy();
        noAsin.remove("asin");
        ObjectNode bothKinds = json.deepCopy();
        ((ObjectNode) bothKinds.get("salesRanks").get(0)).put("websiteDisplayGroup", "ce_display_on_website");

        assertFalse(CanonicalSchemas.violations(SCHEMA, noAsin.toString()).isEmpty());
        assertFalse(CanonicalSchemas.violations(SCHEMA, bothKinds.toString()).isEmpty());
    }

    private MappingException rejected(Consumer<ObjectNode> breakIt) {
        ObjectNode item = amazonExample();
        breakIt.accept(item);
        return assertThrows(MappingException.class, () -> mapper.toCanonical("S", US, item, RETRIEVED));
    }

    /** The body of Amazon's getCatalogItem sandbox example (catalogItems_2022-04-01.json). */
    private static ObjectNode amazonExample() {
        return (ObjectNode) Fixtures.object("spapi/getCatalogItem__200__B07N4M94X4.json").get("response");
    }

    private static ObjectNode summary(JsonNode item) {
        return (ObjectNode) item.get("summaries").get(0);
    }

    private static void assertValid(CanonicalProduct p) {
        String json = CanonicalJson.write(p);
        assertTrue(CanonicalSchemas.violations(SCHEMA, json).isEmpty(),
                () -> CanonicalSchemas.violations(SCHEMA, json) + " in " + json);
    }
}
