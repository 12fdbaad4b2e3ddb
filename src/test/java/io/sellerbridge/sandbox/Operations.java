package io.sellerbridge.sandbox;

import java.util.List;
import java.util.Map;

/** Operation names used by stats, faults and rate options; the SP-API ones are Amazon's operationIds. */
final class Operations {
    static final String LWA_TOKEN = "lwaToken";
    static final String GET_ORDERS = "getOrders";
    static final String GET_ORDER = "getOrder";
    static final String GET_ORDER_ITEMS = "getOrderItems";

    static final List<String> ALL = List.of(LWA_TOKEN, GET_ORDERS, GET_ORDER, GET_ORDER_ITEMS);

    /** Default usage plans from ordersV0.json (rate in requests/second, burst = bucket size). */
    static final Map<String, OperationRate> DEFAULT_RATES = Map.of(
            GET_ORDERS, new OperationRate(0.0167, 20),
            GET_ORDER, new OperationRate(0.5, 30),
            GET_ORDER_ITEMS, new OperationRate(0.5, 30));

    private Operations() {
    }

    static String require(String operation) {
        if (!ALL.contains(operation)) {
            throw new IllegalArgumentException("unknown operation '" + operation + "', expected one of " + ALL);
        }
        return operation;
    }

    static String requireRateLimited(String operation) {
        if (!DEFAULT_RATES.containsKey(operation)) {
            throw new IllegalArgumentException("operation '" + operation + "' has no usage plan, expected one of "
                    + DEFAULT_RATES.keySet());
        }
        return operation;
    }
}
