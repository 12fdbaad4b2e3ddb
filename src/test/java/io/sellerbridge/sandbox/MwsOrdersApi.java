package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The five Orders 2013-09-01 actions for an authenticated seller. Filtering, sorting and snapshot paging
 * are {@link OrderSearch}'s, exactly as for SP-API getOrders; only the parameter names and the XML differ.
 * MWS NextTokens are scoped to MWS, so an SP-API token is no MWS token and vice versa.
 */
final class MwsOrdersApi {
    static final String ORDERS_SCOPE = "ListOrders";
    private static final String ITEMS_SCOPE = "ListOrderItems ";

    /** SP-API list name -> MWS enumerated-list prefix. */
    private static final Map<String, String> LISTS = Map.of("MarketplaceIds", "MarketplaceId.Id",
            "OrderStatuses", "OrderStatus.Status", "FulfillmentChannels", "FulfillmentChannel.Channel");
    /** Real ListOrders filters the sandbox does not model; ignoring one would silently widen the result. */
    private static final List<String> UNSUPPORTED = List.of("PaymentMethod.Method", "BuyerEmail", "SellerOrderId",
            "EasyShipShipmentStatus.Status", "TFMShipmentStatus");
    private static final int MAX_GET_ORDER_IDS = 50;

    private final SandboxData data;
    private final OrderSearch search;

    MwsOrdersApi(SandboxData data, OrderSearch search) {
        this.data = data;
        this.search = search;
    }

    Reply handle(String action, String sellerId, MwsParams p) {
        return switch (action) {
            case Operations.MWS_LIST_ORDERS -> listOrders(sellerId, p);
            case Operations.MWS_LIST_ORDERS_BY_NEXT_TOKEN -> {
                NextTokens.Cursor c = resume(p, sellerId, ORDERS_SCOPE::equals);
                yield ordersPage(action, c.snapshot(), c.offset());
            }
            case Operations.MWS_LIST_ORDER_ITEMS -> listOrderItems(sellerId, p);
            case Operations.MWS_LIST_ORDER_ITEMS_BY_NEXT_TOKEN -> {
                NextTokens.Cursor c = resume(p, sellerId, scope -> scope.startsWith(ITEMS_SCOPE));
                yield itemsPage(action, c.snapshot(), c.offset());
            }
            case Operations.MWS_GET_ORDER -> getOrder(sellerId, p);
            default -> throw new IllegalArgumentException("not an MWS Orders action: " + action);
        };
    }

    private Reply listOrders(String sellerId, MwsParams p) {
        for (String name : UNSUPPORTED) {
            if (p.has(name) || p.all().keySet().stream().anyMatch(k -> k.startsWith(name + "."))) {
                throw MwsRequestException.invalidParameter(name + " is a real ListOrders filter, but this sandbox "
                        + "does not support it.");
            }
        }
        GetOrdersQuery query = GetOrdersQuery.parse(filter(p), Instant.now());
        if (query.statuses().contains("Unshipped") != query.statuses().contains("PartiallyShipped")) {
            throw MwsRequestException.invalidParameter(
                    "OrderStatus.Status: Unshipped and PartiallyShipped must be used together.");
        }
        return ordersPage(Operations.MWS_LIST_ORDERS, search.orders(sellerId, query, ORDERS_SCOPE), 0);
    }

    private Reply listOrderItems(String sellerId, MwsParams p) {
        String orderId = p.required("AmazonOrderId");
        NextTokens.Snapshot items = search.items(sellerId, orderId, ITEMS_SCOPE + orderId);
        if (items == null) { // MWS has no 404 for this: an order the seller does not have is a bad parameter
            throw MwsRequestException.invalidParameter("Invalid AmazonOrderId: " + orderId);
        }
        return itemsPage(Operations.MWS_LIST_ORDER_ITEMS, items, 0);
    }

    /** The seller's orders among the ids, in request order; unknown ids are simply not returned. */
    private Reply getOrder(String sellerId, MwsParams p) {
        Set<String> ids = new LinkedHashSet<>(p.members("AmazonOrderId.Id"));
        if (ids.isEmpty()) {
            throw MwsRequestException.invalidParameter("Required parameter AmazonOrderId.Id.1 is missing.");
        }
        if (ids.size() > MAX_GET_ORDER_IDS) {
            throw MwsRequestException.invalidParameter("AmazonOrderId.Id.N accepts at most 50 values.");
        }
        List<ObjectNode> orders = new ArrayList<>();
        for (String id : ids) {
            ObjectNode order = data.copyOrder(sellerId, id);
            if (order != null) {
                orders.add(order);
            }
        }
        return MwsXml.response(Operations.MWS_GET_ORDER, xml -> {
            xml.start("Orders");
            orders.forEach(o -> MwsOrderXml.order(xml, o));
            xml.end();
        });
    }

    private Reply ordersPage(String action, NextTokens.Snapshot s, int offset) {
        OrderSearch.Page page = search.page(s, offset);
        return MwsXml.response(action, xml -> {
            if (page.nextToken() != null) {
                xml.element("NextToken", page.nextToken());
            }
            xml.element(s.beforeField(), s.beforeValue());
            xml.start("Orders");
            page.rows().forEach(o -> MwsOrderXml.order(xml, o));
            xml.end();
        });
    }

    private Reply itemsPage(String action, NextTokens.Snapshot s, int offset) {
        OrderSearch.Page page = search.page(s, offset);
        String orderId = s.scope().substring(ITEMS_SCOPE.length());
        return MwsXml.response(action, xml -> {
            if (page.nextToken() != null) {
                xml.element("NextToken", page.nextToken());
            }
            xml.element("AmazonOrderId", orderId);
            xml.start("OrderItems");
            page.rows().forEach(i -> MwsOrderXml.item(xml, i));
            xml.end();
        });
    }

    private NextTokens.Cursor resume(MwsParams p, String sellerId, Predicate<String> scope) {
        NextTokens.Cursor c = search.resume(p.required("NextToken"), sellerId, scope);
        if (c == null) {
            throw MwsRequestException.invalidParameter("Invalid NextToken: it is malformed, expired, or was "
                    + "issued for another seller or action.");
        }
        return c;
    }

    /** ListOrders parameters seen through GetOrdersQuery's eyes: MWS's Name.Member.N lists. */
    private static GetOrdersQuery.Source filter(MwsParams p) {
        return new GetOrdersQuery.Source() {
            @Override
            public String first(String name) {
                return p.first(name);
            }

            @Override
            public boolean has(String name) {
                return p.has(name);
            }

            @Override
            public List<String> list(String spApiName) {
                return p.members(LISTS.get(spApiName));
            }

            @Override
            public String listName(String spApiName) {
                return LISTS.get(spApiName) + ".N";
            }
        };
    }
}
