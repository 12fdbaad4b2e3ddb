package io.sellerbridge.sandbox;

import com.sun.net.httpserver.HttpExchange;

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
        String[] segments = pathSegments(exchange);
        return switch (operation) {
            case Operations.GET_ORDERS -> orders.getOrders(sellerId, query);
            case Operations.GET_ORDER -> orders.getOrder(sellerId, segments[0]);
            default -> orders.getOrderItems(sellerId, segments[0], query);
        };
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
