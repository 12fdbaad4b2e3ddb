package io.sellerbridge.spapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellerbridge.orders.MalformedResponseException;
import io.sellerbridge.orders.OrderExchange;
import org.apache.camel.Exchange;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Walks getInventorySummaries pages: the summaries of a page, and its nextToken (a sibling of the payload). */
public class InventoryPages {

    private final Clock clock;

    public InventoryPages(Clock clock) {
        this.clock = clock;
    }

    public List<JsonNode> summaries(Exchange exchange) {
        JsonNode page = exchange.getMessage().getBody(JsonNode.class);
        JsonNode summaries = page.path("payload").path("inventorySummaries");
        if (!summaries.isArray()) {
            throw new MalformedResponseException("getInventorySummaries payload has no inventorySummaries array",
                    page.toString(), null);
        }
        String next = page.path("pagination").path("nextToken").asText("");
        exchange.setProperty(OrderExchange.NEXT_TOKEN, next.isEmpty() ? null : next);
        exchange.setProperty(InventoryRequests.NEXT_TOKEN_AT, clock.instant());
        exchange.setProperty(OrderExchange.MORE_PAGES, !next.isEmpty());
        List<JsonNode> list = new ArrayList<>();
        summaries.forEach(list::add);
        return list;
    }
}
