package io.sellerbridge.kafka;

import io.sellerbridge.canonical.CanonicalInventory;
import io.sellerbridge.canonical.CanonicalProduct;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CanonicalRecordTest {

    private static final CanonicalProduct PRODUCT = new CanonicalProduct("A2S", "ATVPDKIKX0DER", "B0TEST0001",
            "Stainless Kettle", "Acme", null, null, null, null, null, null, "BASE_PRODUCT", null, "kitchen_display_on_website",
            "Kitchen", 1, null, false, List.of("KETTLE"), List.of(), List.of(), List.of(), null, "2026-11-29T12:00:00Z");
    private static final CanonicalInventory LEVEL = new CanonicalInventory("A2S", "A2EUQ1WTGCTBG2", "KETTLE-01",
            "B0TEST0001", "X00TEST001", "NewItem", "Stainless Kettle", 12, 0, 5, 0, 1, 0, 0, 18, null, "2026-11-29T12:05:00Z");

    /** An exchange as the publish route receives it: the canonical body plus what HTTP calls and Camel left behind. */
    private static Exchange exchange(Object body) {
        Exchange e = new DefaultExchange(new DefaultCamelContext());
        e.getMessage().setBody(body);
        e.getMessage().setHeader("x-amz-access-token", "Atza|secret-token");
        e.getMessage().setHeader("x-amzn-RequestId", "req-1");
        e.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
        e.getMessage().setHeader(Exchange.HTTP_QUERY, "marketplaceIds=ATVPDKIKX0DER");
        e.getMessage().setHeader("Authorization", "secret");
        e.setProperty(CanonicalRecord.CE_SOURCE, "urn:sellerbridge:spapi");
        return e;
    }

    @Test
    void givenACanonicalProduct_whenMadeARecord_thenItCarriesItsKeyAndCloudEventsHeadersOnly() throws Exception {
        Exchange e = exchange(PRODUCT);

        new CanonicalRecord(RecordType.PRODUCT).process(e);

        assertEquals(Map.ofEntries(
                Map.entry(CloudEvents.KAFKA_KEY, "A2S:ATVPDKIKX0DER:B0TEST0001"),
                Map.entry(CloudEvents.SPECVERSION, "1.0"),
                Map.entry(CloudEvents.ID, "A2S:ATVPDKIKX0DER:B0TEST0001:2026-11-29T12:00:00Z"),
                Map.entry(CloudEvents.SOURCE, "urn:sellerbridge:spapi"),
                Map.entry(CloudEvents.TYPE, RecordType.PRODUCT.eventType()),
                Map.entry(CloudEvents.DATASCHEMA, "https://sellerbridge.io/schemas/amazon.products.v1.schema.json"),
                Map.entry(CloudEvents.TIME, "2026-11-29T12:00:00Z"),
                Map.entry(CloudEvents.CONTENT_TYPE, "application/json"),
                Map.entry(CloudEvents.SELLER, "A2S"),
                Map.entry(CloudEvents.MARKETPLACE, "ATVPDKIKX0DER")), e.getMessage().getHeaders());
        JsonNode json = new ObjectMapper().readTree(e.getMessage().getBody(byte[].class));
        assertEquals("B0TEST0001", json.path("asin").asText());
        assertEquals("Stainless Kettle", json.path("itemName").asText());
    }

    @Test
    void givenACanonicalInventoryWithoutLastUpdatedTime_whenMadeARecord_thenItsTimeIsWhenItWasObservedAndItsIdItsQuantities() throws Exception {
        Exchange e = exchange(LEVEL);

        new CanonicalRecord(RecordType.INVENTORY).process(e);

        assertEquals(Map.ofEntries(
                Map.entry(CloudEvents.KAFKA_KEY, "A2S:A2EUQ1WTGCTBG2:KETTLE-01"),
                Map.entry(CloudEvents.SPECVERSION, "1.0"),
                Map.entry(CloudEvents.ID, "A2S:A2EUQ1WTGCTBG2:KETTLE-01:-:12/0/5/0/1/0/0/18"),
                Map.entry(CloudEvents.SOURCE, "urn:sellerbridge:spapi"),
                Map.entry(CloudEvents.TYPE, RecordType.INVENTORY.eventType()),
                Map.entry(CloudEvents.DATASCHEMA, "https://sellerbridge.io/schemas/amazon.inventory.v1.schema.json"),
                Map.entry(CloudEvents.TIME, "2026-11-29T12:05:00Z"),
                Map.entry(CloudEvents.CONTENT_TYPE, "application/json"),
                Map.entry(CloudEvents.SELLER, "A2S"),
                Map.entry(CloudEvents.MARKETPLACE, "A2EUQ1WTGCTBG2")), e.getMessage().getHeaders());
        JsonNode json = new ObjectMapper().readTree(e.getMessage().getBody(byte[].class));
        assertEquals(12, json.path("fulfillableQuantity").asInt());
        assertEquals(false, json.has("lastUpdatedTime"));
    }

    @Test
    void givenACanonicalInventoryAmazonDated_whenMadeARecord_thenItsTimeAndIdAreAmazonsLastUpdatedTime() {
        CanonicalInventory dated = new CanonicalInventory("A2S", "A2EUQ1WTGCTBG2", "KETTLE-01", "B0TEST0001", "X00TEST001",
                "NewItem", "Stainless Kettle", 12, 0, 5, 0, 1, 0, 0, 18, "2026-11-28T08:30:00Z", "2026-11-29T12:05:00Z");
        Exchange e = exchange(dated);

        new CanonicalRecord(RecordType.INVENTORY).process(e);

        assertEquals("2026-11-28T08:30:00Z", e.getMessage().getHeader(CloudEvents.TIME));
        assertEquals("A2S:A2EUQ1WTGCTBG2:KETTLE-01:2026-11-28T08:30:00Z:12/0/5/0/1/0/0/18", e.getMessage().getHeader(CloudEvents.ID));
    }
}
