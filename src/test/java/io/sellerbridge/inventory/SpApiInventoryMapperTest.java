package io.sellerbridge.inventory;

import io.sellerbridge.canonical.CanonicalInventory;
import io.sellerbridge.canonical.CanonicalJson;
import io.sellerbridge.canonical.MappingException;
import io.sellerbridge.sandbox.AmazonSandbox;
import io.sellerbridge.sandbox.SandboxOptions;
import io.sellerbridge.sandbox.SandboxSeller;
import io.sellerbridge.testing.CanonicalSchemas;
import io.sellerbridge.testing.Fixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpApiInventoryMapperTest {

    private static final String SCHEMA = "amazon.inventory.v1";
    private static final String US = "ATVPDKIKX0DER";
    private static final Instant OBSERVED = Instant.parse("2026-11-02T10:15:30Z");

    private final SpApiInventoryMapper mapper = new SpApiInventoryMapper();

    @Test
    void givenAmazonsExampleSummaries_whenMapped_thenQuantitiesAreTheTotalsAndTimesAreUtc() {
        List<CanonicalInventory> levels = new ArrayList<>();
        amazonExample().forEach(s -> levels.add(mapper.toCanonical("A2SELLER", US, s, OBSERVED)));

        CanonicalInventory stocked = levels.get(2);
        assertEquals("A2SELLER:ATVPDKIKX0DER:Silicon Power 32GB", stocked.recordKey());
        assertEquals("B00T9QONN6", stocked.asin());
        assertEquals("B00T9QONN6", stocked.fnSku());
        assertEquals("NewItem", stocked.condition(), "kept as Amazon names it");
        assertEquals(66, stocked.fulfillableQuantity());
        assertEquals(21, stocked.inboundWorkingQuantity());
        assertEquals(0, stocked.inboundShippedQuantity());
        assertEquals(0, stocked.inboundReceivingQuantity());
        assertEquals(0, stocked.reservedQuantity());
        assertEquals(0, stocked.researchingQuantity());
        assertEquals(0, stocked.unfulfillableQuantity());
        assertEquals(87, stocked.totalQuantity());
        assertEquals("2018-03-31T23:40:39Z", stocked.lastUpdatedTime());
        assertEquals("2026-11-02T10:15:30Z", stocked.observedAt());
        levels.forEach(SpApiInventoryMapperTest::assertValid);
    }

    @Test
    void givenAmazonsEmptyLastUpdatedTime_whenMapped_thenItIsAbsentAndTheLevelIsIdentifiedByItsQuantities() {
        CanonicalInventory neverStocked = mapper.toCanonical("A2SELLER", US, amazonExample().get(0), OBSERVED);

        assertNull(neverStocked.lastUpdatedTime());
        assertEquals("A2SELLER:ATVPDKIKX0DER:EMTEC 1 GB:-:0/0/0/0/0/0/0/0", neverStocked.versionId(), "undated: identified by its quantities");
        String json = CanonicalJson.write(neverStocked);
        assertFalse(json.contains("lastUpdatedTime"), json);
        assertValid(neverStocked);
    }

    @Test
    void givenASummaryWithoutDetails_whenMapped_thenOnlyTheTotalIsKnown() {
        ObjectNode summary = amazonExample().get(2).deepCopy();
        summary.remove("inventoryDetails");

        CanonicalInventory level = mapper.toCanonical("A2SELLER", US, summary, OBSERVED);

        assertNull(level.fulfillableQuantity());
        assertNull(level.reservedQuantity());
        assertEquals(87, level.totalQuantity());
        assertFalse(CanonicalJson.write(level).contains("null"));
        assertValid(level);
    }

    @Test
    void givenAnotherCondition_whenMapped_thenItIsKeptAsAmazonNamesIt() {
        ObjectNode summary = amazonExample().get(2).deepCopy();
        summary.put("condition", "UsedLikeNew");

        assertEquals("UsedLikeNew", mapper.toCanonical("S", US, summary, OBSERVED).condition());
    }

    @Test
    void givenANegativeTotal_whenMapped_thenTheErrorNamesTheNestedField() {
        MappingException e = rejected(s -> ((ObjectNode) details(s).get("reservedQuantity"))
                .put("totalReservedQuantity", -1));

        assertTrue(e.getMessage().contains("InventorySummary.inventoryDetails.reservedQuantity.totalReservedQuantity"),
                e.getMessage());
    }

    @Test
    void givenNonIntegerQuantities_whenMapped_thenTheErrorNamesTheField() {
        MappingException fraction = rejected(s -> details(s).put("fulfillableQuantity", 2.5));
        MappingException word = rejected(s -> s.put("totalQuantity", "many"));

        assertTrue(fraction.getMessage().contains("InventorySummary.inventoryDetails.fulfillableQuantity"),
                fraction.getMessage());
        assertTrue(word.getMessage().contains("InventorySummary.totalQuantity"), word.getMessage());
    }

    @Test
    void givenASummaryWithoutSellerSku_whenMapped_thenTheErrorNamesTheField() {
        MappingException e = rejected(s -> s.remove("sellerSku"));

        assertTrue(e.getMessage().contains("InventorySummary.sellerSku"), e.getMessage());
    }

    @Test
    void givenALastUpdatedTimeThatIsNoTime_whenMapped_thenItIsRejected() {
        MappingException e = rejected(s -> s.put("lastUpdatedTime", "yesterday"));

        assertTrue(e.getMessage().contains("InventorySummary.lastUpdatedTime"), e.getMessage());
    }

    @Test
    void givenEverySandboxSummary_whenMapped_thenEachMessageIsValidAndMatchesTheDetails() {
        try (AmazonSandbox sandbox = AmazonSandbox.start(SandboxOptions.defaults().orderCount(0).extraInventorySkus(40))) {
            for (String marketplaceId : SandboxSeller.DEFAULT.marketplaceIds()) {
                for (ObjectNode summary : sandbox.inventory().summaries(SandboxSeller.DEFAULT.sellerId(), marketplaceId)) {
                    CanonicalInventory level = mapper.toCanonical(SandboxSeller.DEFAULT.sellerId(), marketplaceId,
                            summary, OBSERVED);
                    JsonNode reserved = summary.get("inventoryDetails").get("reservedQuantity");
                    assertEquals(reserved.get("totalReservedQuantity").asInt(), level.reservedQuantity());
                    assertValid(level);
                }
            }
        }
    }

    @Test
    void givenAnInventoryMessageWithANegativeQuantity_whenValidated_thenTheSchemaRejectsIt() {
        String json = CanonicalJson.write(mapper.toCanonical("S", US, amazonExample().get(2), OBSERVED))
                .replace("\"fulfillableQuantity\":66", "\"fulfillableQuantity\":-66");

        assertFalse(CanonicalSchemas.violations(SCHEMA, json).isEmpty(), json);
    }

    private MappingException rejected(Consumer<ObjectNode> breakIt) {
        ObjectNode summary = amazonExample().get(2).deepCopy();
        breakIt.accept(summary);
        return assertThrows(MappingException.class, () -> mapper.toCanonical("S", US, summary, OBSERVED));
    }

    /** The inventorySummaries of Amazon's getInventorySummaries sandbox example (fbaInventory.json). */
    private static List<JsonNode> amazonExample() {
        List<JsonNode> summaries = new ArrayList<>();
        Fixtures.object("spapi/getInventorySummaries__200__ATVPDKIKX0DER.json").get("response").get("payload")
                .get("inventorySummaries").forEach(summaries::add);
        return summaries;
    }

    private static ObjectNode details(ObjectNode summary) {
        return (ObjectNode) summary.get("inventoryDetails");
    }

    private static void assertValid(CanonicalInventory level) {
        String json = CanonicalJson.write(level);
        assertTrue(CanonicalSchemas.violations(SCHEMA, json).isEmpty(),
                () -> CanonicalSchemas.violations(SCHEMA, json) + " in " + json);
    }
}
