package io.sellerbridge.catalog;

import io.sellerbridge.canonical.CanonicalProduct;
import io.sellerbridge.kafka.DeadLetterRecord;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;

import java.time.Clock;

/** Camel-facing side of the catalog mapping: reads the exchange, delegates to {@link SpApiCatalogMapper}. */
public class SpApiCatalog {

    private final SpApiCatalogMapper mapper = new SpApiCatalogMapper();
    private final Clock clock;

    public SpApiCatalog(Clock clock) {
        this.clock = clock;
    }

    public CanonicalProduct toCanonical(Exchange exchange) {
        JsonNode item = exchange.getMessage().getBody(JsonNode.class);
        CatalogAsk ask = exchange.getProperty(CatalogAsks.ASK, CatalogAsk.class);
        // the item Amazon sent replaces the ask as what the dead-letter topic keeps should it not map
        exchange.setProperty(DeadLetterRecord.RAW_PAYLOAD, item.toString());
        return mapper.toCanonical(ask.sellerId(), ask.marketplaceId(), item, clock.instant());
    }
}
