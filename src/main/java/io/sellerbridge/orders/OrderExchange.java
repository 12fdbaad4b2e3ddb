package io.sellerbridge.orders;

/**
 * The exchange properties of the SP-API orders stream (besides {@link io.sellerbridge.amazon.AmazonCall}'s): the
 * order being worked on and its items as Amazon sent them. Context lives in properties, never in headers.
 */
public final class OrderExchange {

    /** The {@code Order} of a getOrders page (JSON). */
    public static final String ORDER = "order";
    /** Its {@code OrderItem}s from every getOrderItems page read so far (JSON). */
    public static final String ORDER_ITEMS = "orderItems";
    /** The NextToken of the order's items; the order pages keep {@link io.sellerbridge.amazon.Paging#NEXT_TOKEN}. */
    public static final String ITEMS_NEXT_TOKEN = "itemsNextToken";

    private OrderExchange() {
    }
}
