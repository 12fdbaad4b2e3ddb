package io.sellerbridge.inventory;

import io.sellerbridge.canonical.CanonicalInventory;
import io.sellerbridge.checkpoint.CheckpointKey;
import io.sellerbridge.checkpoint.Window;
import io.sellerbridge.kafka.DeadLetterRecord;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;

/** Camel-facing side of the inventory mapping: reads the exchange, delegates to {@link SpApiInventoryMapper}. */
public class SpApiInventory {

    private final SpApiInventoryMapper mapper = new SpApiInventoryMapper();

    public CanonicalInventory toCanonical(Exchange exchange) {
        JsonNode summary = exchange.getMessage().getBody(JsonNode.class);
        CheckpointKey scan = exchange.getProperty(Window.PROPERTY, Window.class).checkpoint();
        // kept for the dead-letter topic should the summary not map
        exchange.setProperty(DeadLetterRecord.RAW_PAYLOAD, summary.toString());
        exchange.setProperty(DeadLetterRecord.SUBJECT, scan.marketplaceId() + ":" + summary.path("sellerSku").asText());
        // the scan's start (its window's end) is when the level was observed: every summary of one scan shares it
        return mapper.toCanonical(scan.sellerId(), scan.marketplaceId(), summary,
                exchange.getProperty(Window.PROPERTY, Window.class).before());
    }
}
