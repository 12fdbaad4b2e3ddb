package io.sellerbridge.inventory;

import io.sellerbridge.amazon.MalformedResponseException;
import io.sellerbridge.amazon.Paging;
import com.fasterxml.jackson.databind.JsonNode;
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
        Paging.pageRead(exchange, page.path("pagination").path("nextToken").asText(""));
        exchange.setProperty(InventoryRequests.NEXT_TOKEN_AT, clock.instant());
        List<JsonNode> list = new ArrayList<>();
        summaries.forEach(list::add);
        return list;
    }
}
