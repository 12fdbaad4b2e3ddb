package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Orders API v0 semantics (getOrders, getOrder, getOrderItems) for an already authorised seller. */
final class OrdersApi {

    private record Hit(Instant date, String id, ObjectNode order) {
    }

    private final SandboxData data;
    private final NextTokens nextTokens;
    private final int itemsPageSize;

    OrdersApi(SandboxData data, NextTokens nextTokens, int itemsPageSize) {
        this.data = data;
        this.nextTokens = nextTokens;
        this.itemsPageSize = itemsPageSize;
    }

    Reply getOrders(String sellerId, QueryParams q) {
        String token = q.first("NextToken");
        if (token != null) { // continues the original query; re-sent filters are ignored
            NextTokens.Cursor c = nextTokens.resolve(token, sellerId, Operations.GET_ORDERS);
            return c == null ? Reply.invalidInput("Invalid NextToken") : ordersPage(c.snapshot(), c.offset());
        }
        GetOrdersQuery query = GetOrdersQuery.parse(q, Instant.now());
        List<Hit> hits = data.select(sellerId, (order, undated) -> {
            Instant date = windowDate(order, query.dateField(), undated);
            boolean match = query.matches(text(order, "MarketplaceId"), date, text(order, "OrderStatus"),
                    text(order, "FulfillmentChannel"));
            return match ? new Hit(date, text(order, "AmazonOrderId"), order.deepCopy()) : null;
        });
        hits.sort(Comparator.comparing(Hit::date).thenComparing(Hit::id)); // stable, so paging is repeatable
        List<ObjectNode> rows = hits.stream().map(Hit::order).toList();
        NextTokens.Snapshot snapshot = rows.size() > query.pageSize()
                ? nextTokens.freeze(sellerId, Operations.GET_ORDERS, rows, query.pageSize(), query.beforeField(),
                        query.before().toString())
                : new NextTokens.Snapshot("", sellerId, Operations.GET_ORDERS, rows, query.pageSize(),
                        query.beforeField(), query.before().toString());
        return ordersPage(snapshot, 0);
    }

    Reply getOrder(String sellerId, String orderId) {
        ObjectNode order = data.copyOrder(sellerId, orderId);
        if (order == null) {
            return Reply.notFound("Order not found");
        }
        ObjectNode body = Json.object();
        body.set("payload", order);
        return Reply.json(200, body);
    }

    Reply getOrderItems(String sellerId, String orderId, QueryParams q) {
        if (!data.owns(sellerId, orderId)) {
            return Reply.notFound("Order not found");
        }
        String token = q.first("NextToken");
        if (token != null) {
            NextTokens.Cursor c = nextTokens.resolve(token, sellerId, orderId);
            return c == null ? Reply.invalidInput("Invalid NextToken") : itemsPage(orderId, c.snapshot(), c.offset());
        }
        List<ObjectNode> items = data.copyItems(sellerId, orderId);
        if (items == null) { // removed between the two calls
            return Reply.notFound("Order not found");
        }
        NextTokens.Snapshot snapshot = items.size() > itemsPageSize
                ? nextTokens.freeze(sellerId, orderId, items, itemsPageSize, null, null)
                : new NextTokens.Snapshot("", sellerId, orderId, items, itemsPageSize, null, null);
        return itemsPage(orderId, snapshot, 0);
    }

    private Reply ordersPage(NextTokens.Snapshot s, int offset) {
        ObjectNode payload = Json.object();
        ArrayNode orders = payload.putArray("Orders");
        int end = Math.min(s.rows().size(), offset + s.pageSize());
        s.rows().subList(offset, end).forEach(orders::add);
        if (end < s.rows().size()) {
            payload.put("NextToken", nextTokens.token(s, end));
        }
        payload.put(s.beforeField(), s.beforeValue());
        ObjectNode body = Json.object();
        body.set("payload", payload);
        return Reply.json(200, body);
    }

    private Reply itemsPage(String orderId, NextTokens.Snapshot s, int offset) {
        ObjectNode payload = Json.object();
        payload.put("AmazonOrderId", orderId);
        ArrayNode items = payload.putArray("OrderItems");
        int end = Math.min(s.rows().size(), offset + s.pageSize());
        s.rows().subList(offset, end).forEach(items::add);
        if (end < s.rows().size()) {
            payload.put("NextToken", nextTokens.token(s, end));
        }
        ObjectNode body = Json.object();
        body.set("payload", payload);
        return Reply.json(200, body);
    }

    /** The date the window applies to; injected orders with a missing date fall back sensibly. */
    private static Instant windowDate(ObjectNode order, String field, Instant undated) {
        Instant date = IsoTimes.field(order, field);
        if (date == null) {
            date = IsoTimes.field(order, "PurchaseDate");
        }
        return date == null ? undated : date;
    }

    private static String text(ObjectNode order, String field) {
        JsonNode v = order.get(field);
        return v == null ? "" : v.asText();
    }
}
