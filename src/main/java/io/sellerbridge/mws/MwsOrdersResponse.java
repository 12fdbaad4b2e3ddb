package io.sellerbridge.mws;

/** ListOrders, ListOrdersByNextToken and GetOrder: the same result under three element names. */
public interface MwsOrdersResponse extends MwsResponse {

    /** Never null: {@link MwsXml} refuses a response without its result element. */
    MwsOrdersResult result();
}
