package io.sellerbridge.spapi;

import io.sellerbridge.orders.OrderExchange;
import io.sellerbridge.checkpoint.OrdersWindow;
import io.sellerbridge.config.SellerConfig;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * Builds Orders API v0 requests (path and RFC 3986-encoded query) as Camel HTTP headers. Amazon rejects a '+' left
 * unencoded in a date, and asks that NextToken be URL-encoded before it is sent back.
 */
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
        q.add("MarketplaceIds=" + enc(String.join(",", seller.marketplaceIds())));
        q.add("LastUpdatedAfter=" + enc(window.after().toString()));
        q.add("LastUpdatedBefore=" + enc(window.before().toString()));
        q.add("MaxResultsPerPage=" + maxResultsPerPage);
        String nextToken = exchange.getProperty(OrderExchange.NEXT_TOKEN, String.class);
        if (nextToken != null) {
            // NextToken continues the same query; the filters are sent again as Amazon's own sandbox does
            q.add("NextToken=" + enc(nextToken));
        }
        get(exchange, "getOrders", "/orders/v0/orders", q.toString());
    }

    /** getOrderItems for the exchange's order, continuing at its items NextToken. */
    public void getOrderItems(Exchange exchange) {
        String orderId = exchange.getProperty(OrderExchange.ORDER_ID, String.class);
        String nextToken = exchange.getProperty(ITEMS_NEXT_TOKEN, String.class);
        get(exchange, "getOrderItems", "/orders/v0/orders/" + enc(orderId) + "/orderItems",
                nextToken == null ? null : "NextToken=" + enc(nextToken));
    }

    private static void get(Exchange exchange, String operation, String path, String query) {
        exchange.setProperty(OrderExchange.OPERATION, operation);
        Message m = exchange.getMessage();
        m.setBody(null);
        m.setHeader(Exchange.HTTP_METHOD, "GET");
        m.setHeader(Exchange.HTTP_PATH, path);
        if (query == null) {
            m.removeHeader(Exchange.HTTP_QUERY);
        } else {
            m.setHeader(Exchange.HTTP_QUERY, query);
        }
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
