package io.sellerbridge.orders;

import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.amazon.MalformedResponseException;
import io.sellerbridge.amazon.Paging;
import io.sellerbridge.observe.LogContext;
import com.fasterxml.jackson.databind.JsonNode;
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
        Paging.pageRead(exchange, page.path("payload").path("NextToken").asText(""));
        List<JsonNode> list = new ArrayList<>();
        orders.forEach(list::add);
        return list;
    }

    /** Starts the item walk of the order in the body. */
    public void startOrder(Exchange exchange) {
        JsonNode order = exchange.getMessage().getBody(JsonNode.class);
        exchange.setProperty(OrderExchange.ORDER, order);
        exchange.setProperty(AmazonCall.ORDER_ID, order.path("AmazonOrderId").asText(null));
        LogContext.order(exchange);
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
