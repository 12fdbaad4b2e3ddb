package io.sellerbridge.spapi;

import io.sellerbridge.orders.MalformedResponseException;
import io.sellerbridge.orders.OrderExchange;
import com.fasterxml.jackson.databind.JsonNode;
import io.sellerbridge.observe.LogContext;
import org.apache.camel.Exchange;

import java.util.ArrayList;
import java.util.List;

/** Walks Orders API v0 pages: the orders of a getOrders page, and the items of getOrderItems pages. */
public class OrdersPages {

    /** The Orders of a getOrders page; remembers its NextToken so the loop asks for the next page, or stops. */
    public List<JsonNode> orders(Exchange exchange) {
        JsonNode page = exchange.getMessage().getBody(JsonNode.class);
        JsonNode orders = page.path("payload").path("Orders");
        if (!orders.isArray()) {
            throw new MalformedResponseException("getOrders payload has no Orders array", page.toString(), null);
        }
        String next = nextToken(page);
        exchange.setProperty(OrderExchange.NEXT_TOKEN, next);
        exchange.setProperty(OrderExchange.MORE_PAGES, next != null);
        List<JsonNode> list = new ArrayList<>();
        orders.forEach(list::add);
        return list;
    }

    /** Starts the item walk of the order in the body. */
    public void startOrder(Exchange exchange) {
        JsonNode order = exchange.getMessage().getBody(JsonNode.class);
        exchange.setProperty(OrderExchange.ORDER, order);
        exchange.setProperty(OrderExchange.ORDER_ID, order.path("AmazonOrderId").asText(null));
        LogContext.order(exchange);
        exchange.setProperty(OrderExchange.ORDER_ITEMS, new ArrayList<JsonNode>());
        exchange.setProperty(OrdersRequests.ITEMS_NEXT_TOKEN, null);
        exchange.setProperty(OrderExchange.MORE_PAGES, true);
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
        String next = nextToken(page);
        exchange.setProperty(OrdersRequests.ITEMS_NEXT_TOKEN, next);
        exchange.setProperty(OrderExchange.MORE_PAGES, next != null);
    }

    static String nextToken(JsonNode page) {
        String token = page.path("payload").path("NextToken").asText("");
        return token.isEmpty() ? null : token;
    }
}
