package io.sellerbridge.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sellerbridge.catalog.CatalogAsk;
import io.sellerbridge.routes.FakeAmazon.Reply;
import io.sellerbridge.testing.Fixtures;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** routes/spapi-catalog.camel.yaml and routes/spapi-inventory.camel.yaml. */
class CatalogAndInventoryRouteTest extends RouteTestSupport {

    private static final String PRODUCTS_TOPIC = "mock:kafka:amazon.products.v1";
    private static final String INVENTORY_TOPIC = "mock:kafka:amazon.inventory.v1";

    private static String catalogItem() {
        return Fixtures.read("spapi/getCatalogItem__200__B07N4M94X4.json").path("response").toString();
    }

    /** Amazon's own example page (three SKUs, nextToken "seed"), without its nextToken: the last page. */
    private static String lastInventoryPage() {
        ObjectNode page = (ObjectNode) Fixtures.read("spapi/getInventorySummaries__200__ATVPDKIKX0DER.json")
                .path("response").deepCopy();
        page.remove("pagination");
        return page.toString();
    }

    private static String emptyInventoryPage() {
        return "{\"payload\":{\"granularity\":{},\"inventorySummaries\":[]}}";
    }

    @Test
    void givenAnAskedAsin_whenRead_thenTheProductIsPublishedAndNotAskedAgainWithinTheTtl() throws Exception {
        amazon.on("getCatalogItem", call -> Reply.ok(catalogItem()));
        start();
        MockEndpoint products = topic(PRODUCTS_TOPIC);
        products.expectedMessageCount(1);

        template.sendBody("direct:spapi-catalog-item", new CatalogAsk("A2S", "ATVPDKIKX0DER", "B07N4M94X4"));
        template.sendBody("direct:spapi-catalog-item", new CatalogAsk("A2S", "ATVPDKIKX0DER", "B07N4M94X4"));

        products.assertIsSatisfied();
        assertEquals("A2S:ATVPDKIKX0DER:B07N4M94X4", products.getReceivedExchanges().get(0).getMessage().getHeader("kafka.KEY"));
        assertEquals(1, amazon.calls("getCatalogItem").size());
    }

    @Test
    void givenAnAsinNotInTheMarketplace_whenRead_thenNothingIsPublishedOrDeadLetteredAndTheCallIsNotRetried()
            throws Exception {
        amazon.on("getCatalogItem", call -> Reply.error(404, "NOT_FOUND"));
        start();
        MockEndpoint products = topic(PRODUCTS_TOPIC);
        MockEndpoint dlq = topic(DLQ_TOPIC);
        products.expectedMessageCount(0);
        dlq.expectedMessageCount(0);

        template.sendBody("direct:spapi-catalog-item", new CatalogAsk("A2S", "A2EUQ1WTGCTBG2", "B07N4M94X4"));

        MockEndpoint.assertIsSatisfied(products, dlq);
        assertEquals(1, amazon.calls("getCatalogItem").size());
    }

    @Test
    void givenASellersFirstScan_whenRun_thenEveryLevelIsPublishedAndBothScanCheckpointsAreCommittedPerMarketplace()
            throws Exception {
        amazon.on("getInventorySummaries", call -> Reply.ok(call.query().contains("granularityId=ATVPDKIKX0DER")
                ? lastInventoryPage() : emptyInventoryPage()));
        start();
        MockEndpoint levels = topic(INVENTORY_TOPIC);
        levels.expectedMessageCount(3);

        template.sendBody("direct:spapi-inventory-seller", seller);

        levels.assertIsSatisfied();
        assertEquals(Map.of("spapi-inventory:A2S:ATVPDKIKX0DER", NOW, "spapi-inventory-full:A2S:ATVPDKIKX0DER", NOW,
                "spapi-inventory:A2S:A2EUQ1WTGCTBG2", NOW, "spapi-inventory-full:A2S:A2EUQ1WTGCTBG2", NOW),
                checkpoints.all());
    }

    @Test
    void givenAmazonRefusesAContinuationToken_whenScanning_thenTheScanStartsAgainAndPublishesEachLevelOnce()
            throws Exception {
        JsonNode firstPage = Fixtures.read("spapi/getInventorySummaries__200__ATVPDKIKX0DER.json").path("response");
        java.util.concurrent.atomic.AtomicInteger firstPages = new java.util.concurrent.atomic.AtomicInteger();
        amazon.on("getInventorySummaries", call -> {
            if (!call.query().contains("granularityId=ATVPDKIKX0DER")) {
                return Reply.ok(emptyInventoryPage());
            }
            if (call.query().contains("nextToken=")) {
                return Reply.error(400, "InvalidInput");
            }
            return Reply.ok(firstPages.getAndIncrement() == 0 ? firstPage.toString() : lastInventoryPage());
        });
        start();
        MockEndpoint levels = topic(INVENTORY_TOPIC);
        levels.expectedMessageCount(3);

        template.sendBody("direct:spapi-inventory-seller", seller);

        levels.assertIsSatisfied();
        assertEquals(2, firstPages.get(), "the scan walked again from its first page");
        assertEquals(Instant.parse("2026-11-29T12:00:00Z"), checkpoints.all().get("spapi-inventory:A2S:ATVPDKIKX0DER"));
    }
}
