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
    static final String CREATE_REPORT = "createReport";
    static final String GET_REPORT = "getReport";
    static final String GET_REPORT_DOCUMENT = "getReportDocument";
    static final String CREATE_RESTRICTED_DATA_TOKEN = "createRestrictedDataToken";
    static final String GET_DESTINATIONS = "getDestinations";
    static final String CREATE_DESTINATION = "createDestination";
    static final String GET_DESTINATION = "getDestination";
    static final String GET_SUBSCRIPTION = "getSubscription";
    static final String CREATE_SUBSCRIPTION = "createSubscription";
    static final String DELETE_SUBSCRIPTION_BY_ID = "deleteSubscriptionById";
    /** Downloading a report document from its presigned URL: not an SP-API call, so it has no usage plan. */
    static final String REPORT_DOCUMENT = "reportDocument";

    static final String MWS_LIST_ORDERS = "ListOrders";
    static final String MWS_LIST_ORDERS_BY_NEXT_TOKEN = "ListOrdersByNextToken";
    static final String MWS_LIST_ORDER_ITEMS = "ListOrderItems";
    static final String MWS_LIST_ORDER_ITEMS_BY_NEXT_TOKEN = "ListOrderItemsByNextToken";
    static final String MWS_GET_ORDER = "GetOrder";

    static final Set<String> MWS = Set.of(MWS_LIST_ORDERS, MWS_LIST_ORDERS_BY_NEXT_TOKEN, MWS_LIST_ORDER_ITEMS,
            MWS_LIST_ORDER_ITEMS_BY_NEXT_TOKEN, MWS_GET_ORDER);

    static final List<String> ALL = List.of(LWA_TOKEN, GET_ORDERS, GET_ORDER, GET_ORDER_ITEMS,
            GET_CATALOG_ITEM, GET_INVENTORY_SUMMARIES, CREATE_REPORT, GET_REPORT, GET_REPORT_DOCUMENT, REPORT_DOCUMENT,
            CREATE_RESTRICTED_DATA_TOKEN, GET_DESTINATIONS, CREATE_DESTINATION, GET_DESTINATION, GET_SUBSCRIPTION,
            CREATE_SUBSCRIPTION, DELETE_SUBSCRIPTION_BY_ID, MWS_LIST_ORDERS, MWS_LIST_ORDERS_BY_NEXT_TOKEN, MWS_LIST_ORDER_ITEMS,
            MWS_LIST_ORDER_ITEMS_BY_NEXT_TOKEN,
            MWS_GET_ORDER);

    /**
     * Default usage plans (rate in requests/second, burst = bucket size): SP-API from ordersV0.json, MWS
     * from the Orders 2013-09-01 throttling tables. An MWS ...ByNextToken action has no entry of its own:
     * it shares its parent's bucket (see {@link MwsQuotas}), so configure "ListOrders"/"ListOrderItems".
     */
    static final Map<String, OperationRate> DEFAULT_RATES = Map.ofEntries(
            Map.entry(GET_ORDERS, new OperationRate(0.0167, 20)),
            Map.entry(GET_ORDER, new OperationRate(0.5, 30)),
            Map.entry(GET_ORDER_ITEMS, new OperationRate(0.5, 30)),
            Map.entry(GET_CATALOG_ITEM, new OperationRate(2, 2)), // catalogItems_2022-04-01.json
            Map.entry(GET_INVENTORY_SUMMARIES, new OperationRate(2, 2)), // fbaInventory.json
            Map.entry(CREATE_REPORT, new OperationRate(0.0167, 15)), // reports_2021-06-30.json
            Map.entry(GET_REPORT, new OperationRate(2, 15)),
            Map.entry(GET_REPORT_DOCUMENT, new OperationRate(0.0167, 15)),
            Map.entry(CREATE_RESTRICTED_DATA_TOKEN, new OperationRate(1, 10)), // tokens_2021-03-01.json
            Map.entry(GET_DESTINATIONS, new OperationRate(1, 5)), // notifications.json: every operation 1/s, burst 5
            Map.entry(CREATE_DESTINATION, new OperationRate(1, 5)),
            Map.entry(GET_DESTINATION, new OperationRate(1, 5)),
            Map.entry(GET_SUBSCRIPTION, new OperationRate(1, 5)),
            Map.entry(CREATE_SUBSCRIPTION, new OperationRate(1, 5)),
            Map.entry(DELETE_SUBSCRIPTION_BY_ID, new OperationRate(1, 5)),
            Map.entry(MWS_LIST_ORDERS, new OperationRate(1.0 / 60, 6)),
            Map.entry(MWS_LIST_ORDER_ITEMS, new OperationRate(0.5, 30)),
            Map.entry(MWS_GET_ORDER, new OperationRate(1.0 / 60, 6)));

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
