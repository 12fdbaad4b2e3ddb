package io.sellerbridge.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Operation names used by stats, faults and rate options; the SP-API ones are Amazon's operationIds,
 * the MWS ones are the Orders 2013-09-01 Action values (so "getOrder" is SP-API, "GetOrder" is MWS).
 */
final class Operations {
    static final String LWA_TOKEN = "lwaToken";
    static final String GET_ORDERS = "getOrders";
    static final String GET_ORDER = "getOrder";
    static final String GET_ORDER_ITEMS = "getOrderItems";
    static final String GET_CATALOG_ITEM = "getCatalogItem";
    static final String GET_INVENTORY_SUMMARIES = "getInventorySummaries";

    static final String MWS_LIST_ORDERS = "ListOrders";
    static final String MWS_LIST_ORDERS_BY_NEXT_TOKEN = "ListOrdersByNextToken";
    static final String MWS_LIST_ORDER_ITEMS = "ListOrderItems";
    static final String MWS_LIST_ORDER_ITEMS_BY_NEXT_TOKEN = "ListOrderItemsByNextToken";
    static final String MWS_GET_ORDER = "GetOrder";

    static final Set<String> MWS = Set.of(MWS_LIST_ORDERS, MWS_LIST_ORDERS_BY_NEXT_TOKEN, MWS_LIST_ORDER_ITEMS,
            MWS_LIST_ORDER_ITEMS_BY_NEXT_TOKEN, MWS_GET_ORDER);

    static final List<String> ALL = List.of(LWA_TOKEN, GET_ORDERS, GET_ORDER, GET_ORDER_ITEMS,
            GET_CATALOG_ITEM, GET_INVENTORY_SUMMARIES,
            MWS_LIST_ORDERS, MWS_LIST_ORDERS_BY_NEXT_TOKEN, MWS_LIST_ORDER_ITEMS, MWS_LIST_ORDER_ITEMS_BY_NEXT_TOKEN,
            MWS_GET_ORDER);

    /**
     * Default usage plans (rate in requests/second, burst = bucket size): SP-API from ordersV0.json, MWS
     * from the Orders 2013-09-01 throttling tables. An MWS ...ByNextToken action has no entry of its own:
     * it shares its parent's bucket (see {@link MwsQuotas}), so configure "ListOrders"/"ListOrderItems".
     */
    static final Map<String, OperationRate> DEFAULT_RATES = Map.of(
            GET_ORDERS, new OperationRate(0.0167, 20),
            GET_ORDER, new OperationRate(0.5, 30),
            GET_ORDER_ITEMS, new OperationRate(0.5, 30),
            GET_CATALOG_ITEM, new OperationRate(2, 2), // catalogItems_2022-04-01.json
            GET_INVENTORY_SUMMARIES, new OperationRate(2, 2), // fbaInventory.json
            MWS_LIST_ORDERS, new OperationRate(1.0 / 60, 6),
            MWS_LIST_ORDER_ITEMS, new OperationRate(0.5, 30),
            MWS_GET_ORDER, new OperationRate(1.0 / 60, 6));

    private Operations() {
    }

    static String require(String operation) {
        if (!ALL.contains(operation)) {
            throw new IllegalArgumentException("unknown operation '" + operation + "', expected one of " + ALL);
        }
        return operation;
    }

    static boolean isMws(String operation) {
        return MWS.contains(operation);
    }

    static String requireRateLimited(String operation) {
        if (!DEFAULT_RATES.containsKey(operation)) {
            throw new IllegalArgumentException("operation '" + operation + "' has no usage plan, expected one of "
                    + DEFAULT_RATES.keySet());
        }
        return operation;
    }
}
