package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Set;

/** Orders API v0 semantics (getOrders, getOrder, getOrderItems) for an already authorised seller. */
final class OrdersApi {

    private final SandboxData data;
    private final OrderSearch search;

    OrdersApi(SandboxData data, OrderSearch search) {
        this.data = data;
        this.search = search;
    }

    /** {@code granted}: the data elements of the caller's Restricted Data Token, none for an LWA token. */
    Reply getOrders(String sellerId, QueryParams q, Set<String> granted) {
        String token = q.first("NextToken");
        if (token != null) { // continues the original query; re-sent filters are ignored
            NextTokens.Cursor c = search.resume(token, sellerId, Operations.GET_ORDERS::equals);
            return c == null ? Reply.invalidInput("Invalid NextToken") : ordersPage(c.snapshot(), c.offset(), granted);
        }
        GetOrdersQuery query = GetOrdersQuery.parse(q, Instant.now());
        return ordersPage(search.orders(sellerId, query, Operations.GET_ORDERS), 0, granted);
    }

    Reply getOrder(String sellerId, String orderId, Set<String> granted) {
        ObjectNode order = data.copyOrder(sellerId, orderId);
        if (order == null) {
            return Reply.notFound("Order not found");
        }
        ObjectNode body = Json.object();
        body.set("payload", RestrictedFields.view(order, granted));
        return Reply.json(200, body);
    }

    Reply getOrderItems(String sellerId, String orderId, QueryParams q) {
        if (!data.owns(sellerId, orderId)) {
            return Reply.notFound("Order not found");
        }
        String token = q.first("NextToken");
        if (token != null) {
            NextTokens.Cursor c = search.resume(token, sellerId, orderId::equals);
            return c == null ? Reply.invalidInput("Invalid NextToken") : itemsPage(orderId, c.snapshot(), c.offset());
        }
        NextTokens.Snapshot snapshot = search.items(sellerId, orderId, orderId);
        if (snapshot == null) { // removed between the two calls
            return Reply.notFound("Order not found");
        }
        return itemsPage(orderId, snapshot, 0);
    }

    private Reply ordersPage(NextTokens.Snapshot s, int offset, Set<String> granted) {
        OrderSearch.Page page = search.page(s, offset);
        ObjectNode payload = Json.object();
        ArrayNode orders = payload.putArray("Orders");
        page.rows().forEach(order -> orders.add(RestrictedFields.view(order, granted)));
        if (page.nextToken() != null) {
            payload.put("NextToken", page.nextToken());
        }
        payload.put(s.beforeField(), s.beforeValue());
        ObjectNode body = Json.object();
        body.set("payload", payload);
        return Reply.json(200, body);
    }

    private Reply itemsPage(String orderId, NextTokens.Snapshot s, int offset) {
        OrderSearch.Page page = search.page(s, offset);
        ObjectNode payload = Json.object();
        payload.put("AmazonOrderId", orderId);
        ArrayNode items = payload.putArray("OrderItems");
        page.rows().forEach(items::add);
        if (page.nextToken() != null) {
            payload.put("NextToken", page.nextToken());
        }
        ObjectNode body = Json.object();
        body.set("payload", payload);
        return Reply.json(200, body);
    }
}
