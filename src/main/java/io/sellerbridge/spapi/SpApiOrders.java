package io.sellerbridge.spapi;

import io.sellerbridge.orders.OrderExchange;
import com.fasterxml.jackson.databind.JsonNode;
import io.sellerbridge.canonical.CanonicalOrder;
import io.sellerbridge.canonical.Values;
import org.apache.camel.Exchange;

import java.util.List;

/** Camel-facing side of the SP-API order mapping: reads the exchange, delegates to {@link SpApiOrderMapper}. */
public class SpApiOrders {

    public static final String SOURCE = "/amazon/sp-api/orders/v0";

    private final SpApiOrderMapper mapper = new SpApiOrderMapper();

    /** The version of the order in the body, before its items are fetched: skipping a known version saves calls. */
    public String versionId(Exchange exchange) {
        JsonNode order = exchange.getProperty(OrderExchange.ORDER, JsonNode.class);
        String orderId = Values.required("Order.AmazonOrderId", order.path("AmazonOrderId").asText(null));
        String updated = Values.utc("Order.LastUpdateDate",
                Values.required("Order.LastUpdateDate", order.path("LastUpdateDate").asText(null)));
        String id = OrderExchange.seller(exchange).sellerId() + ":" + orderId + ":" + updated;
        exchange.setProperty(OrderExchange.VERSION_ID, id);
        return id;
    }

    @SuppressWarnings("unchecked")
    public CanonicalOrder toCanonical(Exchange exchange) {
        JsonNode order = exchange.getProperty(OrderExchange.ORDER, JsonNode.class);
        List<JsonNode> items = exchange.getProperty(OrderExchange.ORDER_ITEMS, List.class);
        return mapper.map(OrderExchange.seller(exchange).sellerId(), order, items);
    }
}
