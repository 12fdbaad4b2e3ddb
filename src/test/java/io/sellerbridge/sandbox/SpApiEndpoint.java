package io.sellerbridge.sandbox;

import com.sun.net.httpserver.HttpExchange;

import java.util.Set;

/** Everything under /orders/v0/orders: getOrders, getOrder and getOrderItems. */
final class SpApiEndpoint extends SpApiRestEndpoint {
    static final String BASE_PATH = "/orders/v0/orders";

    private final OrdersApi orders;

    SpApiEndpoint(AccessTokens accessTokens, RateLimits rateLimits, OrdersApi orders, CallStats stats, Faults faults) {
        super(new SpApiAccess(accessTokens), rateLimits, stats, faults);
        this.orders = orders;
    }

    @Override
    String operation(HttpExchange exchange) {
        if (!"GET".equals(exchange.getRequestMethod())) {
            return null;
        }
        String[] segments = pathSegments(exchange);
        return switch (segments.length) {
            case 0 -> Operations.GET_ORDERS;
            case 1 -> Operations.GET_ORDER;
            case 2 -> "orderItems".equals(segments[1]) ? Operations.GET_ORDER_ITEMS : null;
            default -> null;
        };
    }

    @Override
    Reply answer(HttpExchange exchange, String operation, String sellerId, QueryParams query) {
        return answer(exchange, operation, sellerId, query, Set.of());
    }

    /** An RDT must grant this path (or its generic form); its data elements decide what the order shows. */
    @Override
    Reply answer(HttpExchange exchange, String operation, SpApiAccess.Outcome caller, QueryParams query) {
        if (!caller.restricted()) {
            return answer(exchange, operation, caller.sellerId(), query, Set.of());
        }
        String path = exchange.getRequestURI().getPath();
        return caller.grants().stream()
                .filter(g -> "GET".equals(g.method()) && covers(g.path(), path))
                .findFirst()
                .map(g -> answer(exchange, operation, caller.sellerId(), query, g.dataElements()))
                .orElseGet(SpApiAccess::notGranted);
    }

    private Reply answer(HttpExchange exchange, String operation, String sellerId, QueryParams query,
                         Set<String> granted) {
        String[] segments = pathSegments(exchange);
        return switch (operation) {
            case Operations.GET_ORDERS -> orders.getOrders(sellerId, query, granted);
            case Operations.GET_ORDER -> orders.getOrder(sellerId, segments[0], granted);
            default -> orders.getOrderItems(sellerId, segments[0], query);
        };
    }

    /** "/orders/v0/orders/{orderId}/orderItems" covers "/orders/v0/orders/902-.../orderItems"; exact paths cover themselves. */
    static boolean covers(String granted, String path) {
        String[] g = trim(granted).split("/", -1);
        String[] p = trim(path).split("/", -1);
        if (g.length != p.length) {
            return false;
        }
        for (int i = 0; i < g.length; i++) {
            boolean placeholder = g[i].startsWith("{") && g[i].endsWith("}") && !p[i].isEmpty();
            if (!placeholder && !g[i].equals(p[i])) {
                return false;
            }
        }
        return true;
    }

    private static String trim(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** Decoded path segments after /orders/v0/orders, e.g. ["111-...", "orderItems"]. */
    private static String[] pathSegments(HttpExchange exchange) {
        String rest = exchange.getRequestURI().getPath().substring(BASE_PATH.length());
        if (rest.isEmpty() || "/".equals(rest)) {
            return new String[0];
        }
        if (!rest.startsWith("/")) {
            return new String[] {"", "", ""}; // "/orders/v0/ordersX" is no operation
        }
        String trimmed = rest.endsWith("/") ? rest.substring(1, rest.length() - 1) : rest.substring(1);
        return trimmed.split("/", -1);
    }
}
