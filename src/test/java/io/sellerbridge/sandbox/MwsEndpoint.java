package io.sellerbridge.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Instant;

/**
 * MWS Orders 2013-09-01 at POST (or GET) /Orders/2013-09-01: the Action parameter names the operation,
 * then authentication ({@link MwsAuth}), the seller's leaky bucket ({@link MwsQuotas}) and the action
 * ({@link MwsOrdersApi}). Every answer, errors included, is XML in the Orders namespace.
 */
final class MwsEndpoint extends Endpoint {
    static final String PATH = "/Orders/2013-09-01";

    private final MwsAuth auth;
    private final MwsQuotas quotas;
    private final MwsOrdersApi orders;

    MwsEndpoint(MwsAuth auth, MwsQuotas quotas, MwsOrdersApi orders, CallStats stats, Faults faults) {
        super(stats, faults);
        this.auth = auth;
        this.quotas = quotas;
        this.orders = orders;
    }

    /** The Action, when it is one of the five; anything else goes to {@link #unknownOperation}. */
    @Override
    String operation(HttpExchange exchange) {
        if (!addressed(exchange)) {
            return null;
        }
        try {
            String action = MwsParams.read(exchange).first("Action");
            return action != null && Operations.isMws(action) ? action : null;
        } catch (IOException | MwsRequestException e) {
            return null; // reported by unknownOperation, which reads the parameters again
        }
    }

    @Override
    Reply unknownOperation(HttpExchange exchange) {
        if (!addressed(exchange)) {
            return MwsErrors.error(404, "Sender", "InvalidAddress", "The address " + exchange.getRequestMethod() + " "
                    + exchange.getRequestURI().getPath() + " is not valid for this web service; use POST "
                    + PATH + ".", false);
        }
        try {
            String action = MwsParams.read(exchange).required("Action");
            return MwsErrors.invalidParameter("Invalid Action " + action + ": not an Orders " + MwsAuth.VERSION
                    + " action supported by the sandbox (ListOrders, ListOrdersByNextToken, ListOrderItems, "
                    + "ListOrderItemsByNextToken, GetOrder).");
        } catch (MwsRequestException e) {
            return MwsErrors.of(e);
        } catch (IOException e) {
            return MwsErrors.invalidParameter("The request body could not be read.");
        }
    }

    @Override
    Reply process(HttpExchange exchange, String operation, boolean takesToken) throws IOException {
        try {
            MwsParams params = MwsParams.read(exchange);
            SandboxSeller seller = auth.authenticate(exchange.getRequestMethod(),
                    exchange.getRequestHeaders().getFirst("Host"), PATH, params, operation, Instant.now());
            String foreign = foreignMarketplace(exchange, params);
            if (foreign != null) {
                return MwsErrors.invalidParameter("Invalid MarketplaceId " + foreign + ": not served by the "
                        + exchange.getAttribute(RegionEndpoint.ATTRIBUTE) + " endpoint.");
            }
            if (takesToken && !quotas.tryAcquire(seller.sellerId(), operation)) {
                return MwsErrors.throttled();
            }
            return orders.handle(operation, seller.sellerId(), params);
        } catch (MwsRequestException e) {
            return MwsErrors.of(e);
        } catch (InvalidInputException e) { // GetOrdersQuery's rules, in MWS terms
            return MwsErrors.invalidParameter(e.getMessage());
        }
    }

    @Override
    Reply failure(int httpStatus) {
        return MwsErrors.failure(httpStatus);
    }

    @Override
    Reply throttled() {
        return MwsErrors.throttled();
    }

    /** At a selling region's endpoint, a marketplace of the request that is not the region's; else null. */
    private static String foreignMarketplace(HttpExchange exchange, MwsParams params) {
        Object region = exchange.getAttribute(RegionEndpoint.ATTRIBUTE);
        if (region == null) {
            return null;
        }
        return params.members("MarketplaceId.Id").stream().filter(m -> !SellingRegions.isIn(m, (String) region))
                .findFirst().orElse(null);
    }

    private static boolean addressed(HttpExchange exchange) {
        String method = exchange.getRequestMethod();
        return PATH.equals(exchange.getRequestURI().getPath()) && ("POST".equals(method) || "GET".equals(method));
    }
}
