package io.sellerbridge.sandbox;

import com.sun.net.httpserver.HttpExchange;

/**
 * Everything under /orders/v0/orders: routes to the operation, checks x-amz-access-token, takes a
 * token from the (seller, operation) bucket, and adds x-amzn-RateLimit-Limit where Amazon does
 * (200, 400 and 404 only; never 403, 429 or 5xx).
 */
final class SpApiEndpoint extends Endpoint {
    static final String BASE_PATH = "/orders/v0/orders";

    private final SpApiAccess access;
    private final RateLimits rateLimits;
    private final OrdersApi orders;

    SpApiEndpoint(AccessTokens accessTokens, RateLimits rateLimits, OrdersApi orders, CallStats stats, Faults faults) {
        super(stats, faults);
        this.access = new SpApiAccess(accessTokens);
        this.rateLimits = rateLimits;
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
    Reply process(HttpExchange exchange, String operation, boolean takesToken) {
        SpApiAccess.Outcome caller = access.check(exchange);
        if (!caller.allowed()) {
            return caller.denied();
        }
        if (takesToken && !rateLimits.tryAcquire(caller.sellerId(), operation)) {
            return Reply.quotaExceeded();
        }
        try {
            QueryParams query = QueryParams.parse(exchange.getRequestURI().getRawQuery());
            String[] segments = pathSegments(exchange);
            return switch (operation) {
                case Operations.GET_ORDERS -> orders.getOrders(caller.sellerId(), query);
                case Operations.GET_ORDER -> orders.getOrder(caller.sellerId(), segments[0]);
                default -> orders.getOrderItems(caller.sellerId(), segments[0], query);
            };
        } catch (InvalidInputException e) {
            return Reply.invalidInput(e.getMessage());
        }
    }

    @Override
    Reply failure(int httpStatus) {
        return switch (httpStatus) {
            case 503 -> Reply.spError(503, "ServiceUnavailable", "Service temporarily unavailable. Please try again.", "");
            case 500 -> Reply.spError(500, "InternalFailure", "We encountered an internal error. Please try again.", "");
            case 400 -> Reply.invalidInput("Invalid Input");
            case 403 -> SpApiAccess.forbidden();
            case 404 -> Reply.notFound("Resource not found");
            case 429 -> Reply.quotaExceeded();
            default -> Reply.spError(httpStatus, "InternalFailure", "Injected failure " + httpStatus, "");
        };
    }

    @Override
    Reply decorate(String operation, Reply reply) {
        int s = reply.status();
        return s == 200 || s == 400 || s == 404
                ? reply.withHeader("x-amzn-RateLimit-Limit", rateLimits.limitHeader(operation))
                : reply;
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
