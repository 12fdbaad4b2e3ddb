package io.sellerbridge.mws;

/**
 * The exchange properties of the MWS orders stream (besides {@link io.sellerbridge.amazon.AmazonCall}'s and the
 * seller, {@link MwsSeller#PROPERTY}): the order and its items as read, the action's parameters for the signer, and
 * Amazon's raw XML kept for the dead-letter topic.
 */
public final class MwsExchange {

    /** The {@link MwsOrder} of a ListOrders page. */
    public static final String ORDER = "mwsOrder";
    /** Its {@link MwsOrderItem}s from every ListOrderItems page read so far. */
    public static final String ORDER_ITEMS = "mwsOrderItems";
    /** The NextToken of the order's items; the order pages keep {@link io.sellerbridge.amazon.Paging#NEXT_TOKEN}. */
    public static final String ITEMS_NEXT_TOKEN = "mwsItemsNextToken";
    /** The action's own parameters, {@code Action} included, for {@link MwsRequestSigner}. */
    public static final String PARAMS = "mwsParams";
    /** The last response as received. */
    public static final String RAW_RESPONSE = "mwsRawResponse";
    /** The ListOrders page that held the order, and the order's item pages, as received. */
    public static final String RAW_ORDERS_PAGE = "mwsRawOrdersPage";
    public static final String RAW_ITEMS_PAGES = "mwsRawItemsPages";

    private MwsExchange() {
    }
}
