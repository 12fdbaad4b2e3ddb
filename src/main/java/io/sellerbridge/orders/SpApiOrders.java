package io.sellerbridge.orders;

import io.sellerbridge.canonical.CanonicalJson;
import io.sellerbridge.canonical.CanonicalOrder;
import io.sellerbridge.canonical.Values;
import io.sellerbridge.kafka.DeadLetterRecord;
import io.sellerbridge.pii.BuyerData;
import io.sellerbridge.spapi.SpApiSeller;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Camel-facing side of the SP-API order mapping: reads the exchange, delegates to {@link SpApiOrderMapper}. */
public class SpApiOrders {

    public static final String SOURCE = "/amazon/sp-api/orders/v0";

    private final SpApiOrderMapper mapper = new SpApiOrderMapper();
    private final BuyerData buyerData;

    public SpApiOrders(BuyerData buyerData) {
        this.buyerData = buyerData;
    }

    /** The version of the order in the body, before its items are fetched: skipping a known version saves calls. */
    public String versionId(Exchange exchange) {
        JsonNode order = exchange.getProperty(OrderExchange.ORDER, JsonNode.class);
        String orderId = Values.required("Order.AmazonOrderId", order.path("AmazonOrderId").asText(null));
        String updated = Values.utc("Order.LastUpdateDate",
                Values.required("Order.LastUpdateDate", order.path("LastUpdateDate").asText(null)));
        return SpApiSeller.of(exchange).sellerId() + ":" + orderId + ":" + updated;
    }

    /** For the dead-letter topic: the order and the items read so far, as Amazon sent them (DeadLetterRecord redacts). */
    public void keepRawPayload(Exchange exchange) {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("Order", exchange.getProperty(OrderExchange.ORDER, JsonNode.class));
        raw.put("OrderItems", exchange.getProperty(OrderExchange.ORDER_ITEMS, List.class));
        exchange.setProperty(DeadLetterRecord.RAW_PAYLOAD, CanonicalJson.write(raw));
    }

    /** The order for the orders topic; its buyer data, for a seller that opted in, in {@link BuyerData#PROPERTY}. */
    @SuppressWarnings("unchecked")
    public CanonicalOrder toCanonical(Exchange exchange) {
        JsonNode order = exchange.getProperty(OrderExchange.ORDER, JsonNode.class);
        List<JsonNode> items = exchange.getProperty(OrderExchange.ORDER_ITEMS, List.class);
        SpApiSeller seller = SpApiSeller.of(exchange);
        return buyerData.separate(exchange, mapper.map(seller.sellerId(), order, items), seller.optInKey());
    }
}
