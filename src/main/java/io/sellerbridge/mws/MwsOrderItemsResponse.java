package io.sellerbridge.mws;

/** ListOrderItems and ListOrderItemsByNextToken: the same result under two element names. */
public interface MwsOrderItemsResponse extends MwsResponse {

    /** Never null: {@link MwsXml} refuses a response without its result element. */
    MwsOrderItemsResult result();
}
