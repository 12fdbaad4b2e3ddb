package io.sellerbridge.sandbox;

/**
 * MWS's leaky buckets, one per SellerId and quota group. A ...ByNextToken action draws from its parent's
 * bucket (ListOrders: 6, +1/min; ListOrderItems: 30, +1 per 2 s; GetOrder: 6, +1/min), configured with
 * {@link SandboxOptions#rate} under the parent's name and scaled by timeScale like the SP-API buckets.
 */
final class MwsQuotas {
    private final RateLimits buckets;

    MwsQuotas(SandboxOptions options) {
        this.buckets = new RateLimits(options);
    }

    boolean tryAcquire(String sellerId, String action) {
        return buckets.tryAcquire(sellerId, group(action));
    }

    static String group(String action) {
        return switch (action) {
            case Operations.MWS_LIST_ORDERS, Operations.MWS_LIST_ORDERS_BY_NEXT_TOKEN -> Operations.MWS_LIST_ORDERS;
            case Operations.MWS_LIST_ORDER_ITEMS, Operations.MWS_LIST_ORDER_ITEMS_BY_NEXT_TOKEN ->
                    Operations.MWS_LIST_ORDER_ITEMS;
            case Operations.MWS_GET_ORDER -> Operations.MWS_GET_ORDER;
            default -> throw new IllegalArgumentException("no MWS quota for " + action);
        };
    }
}
