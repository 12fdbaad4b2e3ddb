package io.sellerbridge.spapi;

import io.sellerbridge.orders.OrderExchange;
import io.sellerbridge.checkpoint.OrdersWindow;
import io.sellerbridge.config.SellerConfig;
import org.apache.camel.Exchange;

import java.util.StringJoiner;

/** Builds Orders API v0 requests: getOrders for the exchange's window, getOrderItems for its order. */
public class OrdersRequests {

    public static final String ITEMS_NEXT_TOKEN = "itemsNextToken";

    private final int maxResultsPerPage;

    public OrdersRequests(int maxResultsPerPage) {
        this.maxResultsPerPage = maxResultsPerPage;
    }

    /** getOrders for the exchange's window; with the NextToken of the previous page when there is one. */
    public void getOrders(Exchange exchange) {
        SellerConfig seller = OrderExchange.seller(exchange);
        OrdersWindow window = exchange.getProperty(OrderExchange.WINDOW, OrdersWindow.class);
        StringJoiner q = new StringJoiner("&");
        q.add("MarketplaceIds=" + SpApiRequest.enc(String.join(",", seller.marketplaceIds())));
        q.add("LastUpdatedAfter=" + SpApiRequest.enc(window.after().toString()));
        q.add("LastUpdatedBefore=" + SpApiRequest.enc(window.before().toString()));
        q.add("MaxResultsPerPage=" + maxResultsPerPage);
        String nextToken = exchange.getProperty(OrderExchange.NEXT_TOKEN, String.class);
        if (nextToken != null) {
            // NextToken continues the same query; the filters are sent again as Amazon's own sandbox does
            q.add("NextToken=" + SpApiRequest.enc(nextToken));
        }
        SpApiRequest.get(exchange, "getOrders", "/orders/v0/orders", q.toString());
    }

    /** getOrderItems for the exchange's order, continuing at its items NextToken. */
    public void getOrderItems(Exchange exchange) {
        String orderId = exchange.getProperty(OrderExchange.ORDER_ID, String.class);
        String nextToken = exchange.getProperty(ITEMS_NEXT_TOKEN, String.class);
        SpApiRequest.get(exchange, "getOrderItems", "/orders/v0/orders/" + SpApiRequest.enc(orderId) + "/orderItems",
                nextToken == null ? null : "NextToken=" + SpApiRequest.enc(nextToken));
    }
}
