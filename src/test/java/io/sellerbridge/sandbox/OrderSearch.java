package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The listing engine behind both SP-API getOrders and MWS ListOrders (and the two item listings):
 * which orders match, in which order, frozen for paging. Both APIs render what this returns, so the
 * same window gives the same orders in the same order over JSON and over XML.
 */
final class OrderSearch {

    /** One page of a frozen result; nextToken is null on the last page. */
    record Page(List<ObjectNode> rows, String nextToken) {
    }

    private record Hit(Instant date, String id, ObjectNode order) {
    }

    private final SandboxData data;
    private final NextTokens nextTokens;
    private final int itemsPageSize;

    OrderSearch(SandboxData data, NextTokens nextTokens, int itemsPageSize) {
        this.data = data;
        this.nextTokens = nextTokens;
        this.itemsPageSize = itemsPageSize;
    }

    /** Every matching order (deep copies), by window date then id; frozen under {@code scope} if it spans pages. */
    NextTokens.Snapshot orders(String sellerId, GetOrdersQuery query, String scope) {
        List<Hit> hits = data.select(sellerId, (order, undated) -> {
            Instant date = windowDate(order, query.dateField(), undated);
            boolean match = query.matches(text(order, "MarketplaceId"), date, text(order, "OrderStatus"),
                    text(order, "FulfillmentChannel"));
            return match ? new Hit(date, text(order, "AmazonOrderId"), order.deepCopy()) : null;
        });
        hits.sort(Comparator.comparing(Hit::date).thenComparing(Hit::id)); // stable, so paging is repeatable
        List<ObjectNode> rows = hits.stream().map(Hit::order).toList();
        return snapshot(sellerId, scope, rows, query.pageSize(), query.beforeField(), query.before().toString());
    }

    /** The order's items (deep copies) frozen under {@code scope} if they span pages; null for an unknown order. */
    NextTokens.Snapshot items(String sellerId, String orderId, String scope) {
        List<ObjectNode> items = data.copyItems(sellerId, orderId);
        return items == null ? null : snapshot(sellerId, scope, items, itemsPageSize, null, null);
    }

    /** Where a NextToken continues, or null when it is garbled, expired, another seller's or another listing's. */
    NextTokens.Cursor resume(String token, String sellerId, Predicate<String> scope) {
        return nextTokens.resolve(token, sellerId, scope);
    }

    Page page(NextTokens.Snapshot s, int offset) {
        int end = Math.min(s.rows().size(), offset + s.pageSize());
        String next = end < s.rows().size() ? nextTokens.token(s, end) : null;
        return new Page(s.rows().subList(offset, end), next);
    }

    private NextTokens.Snapshot snapshot(String sellerId, String scope, List<ObjectNode> rows, int pageSize,
                                         String beforeField, String beforeValue) {
        return rows.size() > pageSize
                ? nextTokens.freeze(sellerId, scope, rows, pageSize, beforeField, beforeValue)
                : new NextTokens.Snapshot("", sellerId, scope, rows, pageSize, beforeField, beforeValue);
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
