package io.sellerbridge.orders;

import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.amazon.Paging;
import io.sellerbridge.checkpoint.Window;
import io.sellerbridge.spapi.SpApiRequest;
import io.sellerbridge.spapi.SpApiSeller;
import org.apache.camel.Exchange;

import java.util.StringJoiner;

/** Builds Orders API v0 requests: getOrders for the exchange's window, getOrderItems for its order. */
public class OrdersRequests {

    private final int maxResultsPerPage;

    public OrdersRequests(int maxResultsPerPage) {
        this.maxResultsPerPage = maxResultsPerPage;
    }

    /** getOrders for the exchange's window; with the NextToken of the previous page when there is one. */
    public void getOrders(Exchange exchange) {
        SpApiSeller seller = SpApiSeller.of(exchange);
        Window window = exchange.getProperty(Window.PROPERTY, Window.class);
        StringJoiner q = new StringJoiner("&");
        q.add("MarketplaceIds=" + SpApiRequest.enc(String.join(",", seller.marketplaceIds())));
        q.add("LastUpdatedAfter=" + SpApiRequest.enc(window.after().toString()));
        q.add("LastUpdatedBefore=" + SpApiRequest.enc(window.before().toString()));
        q.add("MaxResultsPerPage=" + maxResultsPerPage);
        String nextToken = Paging.nextToken(exchange);
        if (nextToken != null) {
            // NextToken continues the same query; the filters are sent again as Amazon's own sandbox does
            q.add("NextToken=" + SpApiRequest.enc(nextToken));
        }
        SpApiRequest.get(exchange, "getOrders", "/orders/v0/orders", q.toString());
    }

    /** getOrderItems for the exchange's order, continuing at its items NextToken. */
    public void getOrderItems(Exchange exchange) {
        String orderId = exchange.getProperty(AmazonCall.ORDER_ID, String.class);
        String nextToken = exchange.getProperty(OrderExchange.ITEMS_NEXT_TOKEN, String.class);
        SpApiRequest.get(exchange, "getOrderItems", "/orders/v0/orders/" + SpApiRequest.enc(orderId) + "/orderItems",
                nextToken == null ? null : "NextToken=" + SpApiRequest.enc(nextToken));
    }
}
