package io.sellerbridge.inventory;

import io.sellerbridge.amazon.MalformedResponseException;
import io.sellerbridge.amazon.Paging;
import io.sellerbridge.testing.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class InventoryPagesTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    private final InventoryPages pages = new InventoryPages(new MutableClock(NOW));

    private static Exchange page(String json) throws Exception {
        Exchange e = new DefaultExchange(new DefaultCamelContext());
        e.setProperty(Paging.NEXT_TOKEN, "previous");
        e.getMessage().setBody(new ObjectMapper().readTree(json));
        return e;
    }

    @Test
    void givenAPageWithANextTokenBesideThePayload_whenRead_thenItsSummariesAndTokenAreTaken() throws Exception {
        Exchange e = page("{\"payload\":{\"granularity\":{\"granularityType\":\"Marketplace\",\"granularityId\":\"ATVPDKIKX0DER\"},"
                + "\"inventorySummaries\":[{\"sellerSku\":\"SKU-1\"},{\"sellerSku\":\"SKU-2\"}]},"
                + "\"pagination\":{\"nextToken\":\"seed-token\"}}");

        List<JsonNode> summaries = pages.summaries(e);

        assertEquals(List.of("SKU-1", "SKU-2"), summaries.stream().map(s -> s.path("sellerSku").asText()).toList());
        assertEquals("seed-token", e.getProperty(Paging.NEXT_TOKEN));
        assertEquals(true, e.getProperty(Paging.MORE_PAGES));
        assertEquals(NOW, e.getProperty(InventoryRequests.NEXT_TOKEN_AT));
    }

    @Test
    void givenTheLastPage_whenRead_thenThereAreNoMorePages() throws Exception {
        Exchange e = page("{\"payload\":{\"inventorySummaries\":[{\"sellerSku\":\"SKU-3\"}]}}");

        assertEquals(1, pages.summaries(e).size());
        assertNull(e.getProperty(Paging.NEXT_TOKEN));
        assertEquals(false, e.getProperty(Paging.MORE_PAGES));
    }

    @Test
    void givenANextTokenInsideThePayload_whenRead_thenItIsNotAmazonsPaginationAndThereAreNoMorePages() throws Exception {
        Exchange e = page("{\"payload\":{\"inventorySummaries\":[],\"nextToken\":\"misplaced\"}}");

        pages.summaries(e);

        assertNull(e.getProperty(Paging.NEXT_TOKEN));
        assertEquals(false, e.getProperty(Paging.MORE_PAGES));
    }

    @Test
    void givenAPageWithoutInventorySummaries_whenRead_thenTheResponseIsMalformed() throws Exception {
        Exchange e = page("{\"payload\":{\"granularity\":{}},\"pagination\":{\"nextToken\":\"t\"}}");

        MalformedResponseException ex = assertThrows(MalformedResponseException.class, () -> pages.summaries(e));
        assertEquals("previous", e.getProperty(Paging.NEXT_TOKEN));
        assertEquals("{\"payload\":{\"granularity\":{}},\"pagination\":{\"nextToken\":\"t\"}}", ex.rawBody());
    }
}
