package io.sellerbridge.orders;

import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.amazon.MalformedResponseException;
import io.sellerbridge.amazon.Paging;
import io.sellerbridge.observe.LogContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;

import java.util.ArrayList;
import java.util.List;

/** Walks Orders API v0 pages: the orders of a getOrders page, and the items of getOrderItems pages. */
public class OrdersPages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int batchSize;

    /** @param batchSize orders of a page in flight at once ({@code spapi.orders.parallel-orders}) */
    public OrdersPages(int batchSize) {
        this.batchSize = batchSize;
    }

    /**
     * The Orders of a getOrders page in batches of {@code batchSize}, each order as its JSON text; remembers the
     * page's NextToken so the loop asks for the next page, or stops. Orders not yet begun wait as text, a fraction of
     * the memory of their trees: with hundreds of sellers a page each, they would be most of the heap. The page's
     * tree is let go.
     */
    public List<List<String>> orderBatches(Exchange exchange) {
        List<String> orders = orders(exchange);
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < orders.size(); i += batchSize) {
            batches.add(orders.subList(i, Math.min(orders.size(), i + batchSize)));
        }
        return batches;
    }

    private List<String> orders(Exchange exchange) {
        JsonNode page = exchange.getMessage().getBody(JsonNode.class);
        JsonNode orders = page.path("payload").path("Orders");
        if (!orders.isArray()) {
            throw new MalformedResponseException("getOrders payload has no Orders array", page.toString(), null);
        }
        Paging.pageRead(exchange, page.path("payload").path("NextToken").asText(""));
        List<String> list = new ArrayList<>(orders.size());
        orders.forEach(order -> list.add(order.toString()));
        exchange.getMessage().setBody(null);
        return list;
    }

    /** Starts the item walk of the order in the body (a tree, or its JSON text from {@link #orders}). */
    public void startOrder(Exchange exchange) throws JsonProcessingException {
        Object body = exchange.getMessage().getBody();
        JsonNode order = body instanceof String text ? JSON.readTree(text) : exchange.getMessage().getBody(JsonNode.class);
        exchange.getMessage().setBody(order);
        exchange.setProperty(OrderExchange.ORDER, order);
        exchange.setProperty(AmazonCall.ORDER_ID, order.path("AmazonOrderId").asText(null));
        LogContext.sellerAndOrder(exchange);
        exchange.setProperty(OrderExchange.ORDER_ITEMS, new ArrayList<JsonNode>());
        Paging.firstPage(exchange, OrderExchange.ITEMS_NEXT_TOKEN);
    }

    /** Adds a getOrderItems page to the order's items. */
    @SuppressWarnings("unchecked")
    public void addItems(Exchange exchange) {
        JsonNode page = exchange.getMessage().getBody(JsonNode.class);
        JsonNode items = page.path("payload").path("OrderItems");
        if (!items.isArray()) {
            throw new MalformedResponseException("getOrderItems payload has no OrderItems array", page.toString(), null);
        }
        List<JsonNode> collected = exchange.getProperty(OrderExchange.ORDER_ITEMS, List.class);
        items.forEach(collected::add);
        Paging.pageRead(exchange, OrderExchange.ITEMS_NEXT_TOKEN, page.path("payload").path("NextToken").asText(""));
    }
}
