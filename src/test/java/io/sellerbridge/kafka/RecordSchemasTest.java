package io.sellerbridge.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import io.sellerbridge.testing.CanonicalSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract consumers rely on: every record type has a shipped schema whose {@code $id} is its ce_dataschema,
 * the schemas let consumers ignore fields and Amazon values they do not know, and v1 only ever grows compared with
 * the v1 contract as first published open (src/test/resources/schemas-v1-contract; never edited, only added to when a
 * record type is added).
 */
class RecordSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The one field v1 stopped requiring, told to consumers in README.md ("Compatibility"): orderStatus is absent in an
     * order read from an order report whose status word has no sourced Orders API name (reportOrderStatus holds it),
     * because dropping such orders left holes downstream.
     */
    private static final Set<String> NO_LONGER_REQUIRED = Set.of(
            "https://sellerbridge.io/schemas/amazon.orders.v1.schema.json/orderStatus");

    @ParameterizedTest
    @EnumSource(RecordType.class)
    void everyRecordTypeShipsAValidSchemaWhoseIdIsItsDataschema(RecordType type) throws IOException {
        JsonNode schema = CanonicalSchemas.shipped(type.schemaName());

        assertEquals(type.dataschema(), schema.path("$id").asText());
        var violations = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(SchemaLocation.of(SchemaId.V7)).validate(schema);
        assertTrue(violations.isEmpty(), violations::toString);
    }

    @ParameterizedTest
    @EnumSource(RecordType.class)
    void noShippedSchemaRefusesFieldsItDoesNotKnow(RecordType type) {
        List<String> closed = new ArrayList<>();
        findClosedObjects(CanonicalSchemas.shipped(type.schemaName()), "", closed);

        assertEquals(List.of(), closed);
    }

    @Test
    void givenAnOrderWithFieldsAddedAtEveryLevel_thenTheShippedSchemaAcceptsItAndTheStrictVariantDoesNot() throws IOException {
        ObjectNode order = (ObjectNode) JSON.readTree("""
                {"sellerId":"A2S","marketplaceId":"ATVPDKIKX0DER","amazonOrderId":"111-1","purchaseDate":"2026-01-01T00:00:00Z",
                 "lastUpdateDate":"2026-01-01T00:00:00Z","orderStatus":"Shipped",
                 "orderTotal":{"amount":"1.00","currencyCode":"USD","newMoneyField":1},
                 "items":[{"asin":"B0TEST0001","quantityOrdered":1,"newItemField":"x"}],
                 "newOrderField":true}""");

        assertEquals(Set.of(), CanonicalSchemas.shippedViolations("amazon.orders.v1", order.toString()));
        assertEquals(3, CanonicalSchemas.violations("amazon.orders.v1", order.toString()).size(),
                () -> CanonicalSchemas.violations("amazon.orders.v1", order.toString()).toString());
    }

    @Test
    void givenAnOrderStatusAmazonAddedLater_thenTheShippedSchemaAcceptsItAndTheStrictVariantDoesNot() {
        String order = """
                {"sellerId":"A2S","marketplaceId":"ATVPDKIKX0DER","amazonOrderId":"111-1","purchaseDate":"2026-01-01T00:00:00Z",
                 "lastUpdateDate":"2026-01-01T00:00:00Z","orderStatus":"AwaitingPickup","items":[]}""";

        assertEquals(Set.of(), CanonicalSchemas.shippedViolations("amazon.orders.v1", order));
        assertEquals(1, CanonicalSchemas.violations("amazon.orders.v1", order).size());
    }

    @ParameterizedTest
    @EnumSource(RecordType.class)
    void v1OnlyGrows(RecordType type) throws IOException {
        JsonNode released;
        try (InputStream in = getClass().getResourceAsStream("/schemas-v1-contract/" + type.schemaName() + ".schema.json")) {
            released = JSON.readTree(in);
        }
        List<String> breaking = new ArrayList<>();

        compare(released, CanonicalSchemas.shipped(type.schemaName()), "", breaking);

        assertEquals(List.of(), breaking, "v1 changes are additive only (README.md, \"Compatibility\")");
    }

    @Test
    void theCompatibilityCheckFindsARemovedFieldATypeChangeANewRequiredFieldAndAKnownValueDropped() throws IOException {
        JsonNode released = CanonicalSchemas.shipped("amazon.orders.v1");
        ObjectNode changed = (ObjectNode) released.deepCopy();
        ObjectNode properties = (ObjectNode) changed.get("properties");
        properties.remove("sellerOrderId");
        ((ObjectNode) properties.get("marketplaceId")).put("type", "integer");
        changed.withArray("required").add("buyerInfo");
        ArrayNode statuses = (ArrayNode) properties.get("orderStatus").get("examples");
        statuses.remove(statuses.size() - 1);
        List<String> breaking = new ArrayList<>();

        compare(released, changed, "", breaking);

        assertEquals(4, breaking.size(), breaking::toString);
    }

    @Test
    void givenARequiredFieldDropped_thenOnlyTheDocumentedOneIsNotABreak() throws IOException {
        JsonNode released;
        try (InputStream in = getClass().getResourceAsStream("/schemas-v1-contract/amazon.orders.v1.schema.json")) {
            released = JSON.readTree(in);
        }
        ObjectNode changed = (ObjectNode) CanonicalSchemas.shipped("amazon.orders.v1").deepCopy();
        ArrayNode required = changed.putArray("required");
        set(released.path("required")).stream().filter(f -> !f.equals("orderStatus") && !f.equals("purchaseDate"))
                .forEach(required::add);
        List<String> breaking = new ArrayList<>();

        compare(released, changed, "", breaking);

        assertEquals(1, breaking.size(), breaking::toString);
        assertTrue(breaking.get(0).endsWith("no longer required [purchaseDate]"), breaking::toString);
    }

    private static void findClosedObjects(JsonNode node, String path, List<String> closed) {
        if (node.path("additionalProperties").isBoolean() && !node.get("additionalProperties").asBoolean()) {
            closed.add(path.isEmpty() ? "/" : path);
        }
        node.fields().forEachRemaining(f -> findClosedObjects(f.getValue(), path + "/" + f.getKey(), closed));
    }

    /** What a consumer of the released schema would trip over in the current one. */
    private static void compare(JsonNode released, JsonNode current, String path, List<String> breaking) {
        for (String constraint : List.of("type", "$ref", "const", "pattern", "format", "minLength", "maxLength", "minimum",
                "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minItems", "maxItems", "uniqueItems",
                "minProperties", "maxProperties", "additionalProperties", "enum")) {
            if (released.has(constraint) && !released.get(constraint).equals(current.get(constraint))) {
                breaking.add(path + ": " + constraint + " changed from " + released.get(constraint) + " to " + current.get(constraint));
            }
        }
        Set<String> newlyRequired = set(current.path("required"));
        newlyRequired.removeAll(set(released.path("required")));
        Set<String> noLongerRequired = set(released.path("required"));
        noLongerRequired.removeAll(set(current.path("required")));
        noLongerRequired.removeIf(field -> NO_LONGER_REQUIRED.contains(released.path("$id").asText(path) + "/" + field));
        if (!newlyRequired.isEmpty() || !noLongerRequired.isEmpty()) {
            breaking.add(path + ": newly required " + newlyRequired + ", no longer required " + noLongerRequired);
        }
        if (released.has("examples") && !set(current.path("examples")).containsAll(set(released.get("examples")))) {
            breaking.add(path + ": known values lost, were " + released.get("examples") + ", are " + current.path("examples"));
        }
        for (String group : List.of("properties", "definitions")) {
            released.path(group).fields().forEachRemaining(f -> {
                JsonNode now = current.path(group).get(f.getKey());
                if (now == null) {
                    breaking.add(path + "/" + f.getKey() + ": removed");
                } else {
                    compare(f.getValue(), now, path + "/" + f.getKey(), breaking);
                }
            });
        }
        if (released.has("items")) {
            compare(released.get("items"), current.path("items"), path + "[]", breaking);
        }
    }

    private static Set<String> set(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    @Test
    void theClosedObjectFinderFindsAClosedObject() throws IOException {
        List<String> closed = new ArrayList<>();
        findClosedObjects(JSON.readTree("{\"properties\":{\"a\":{\"type\":\"object\",\"additionalProperties\":false}}}"), "", closed);

        assertFalse(closed.isEmpty());
        assertEquals(List.of("/properties/a"), closed);
    }
}
