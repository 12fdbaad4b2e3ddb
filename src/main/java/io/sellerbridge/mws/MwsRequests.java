package io.sellerbridge.mws;

import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.amazon.Paging;
import io.sellerbridge.checkpoint.Window;
import org.apache.camel.Exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The action parameters of each MWS Orders call, for {@link MwsRequestSigner}: ListOrders for the window, then
 * ListOrdersByNextToken; ListOrderItems for an order, then ListOrderItemsByNextToken.
 */
public class MwsRequests {

    private final int maxResultsPerPage;

    public MwsRequests(int maxResultsPerPage) {
        this.maxResultsPerPage = maxResultsPerPage;
    }

    public void listOrders(Exchange exchange) {
        String nextToken = Paging.nextToken(exchange);
        Map<String, String> p = new LinkedHashMap<>();
        if (nextToken != null) {
            p.put("Action", "ListOrdersByNextToken");
            p.put("NextToken", nextToken);
        } else {
            MwsSeller seller = MwsSeller.of(exchange);
            Window window = exchange.getProperty(Window.PROPERTY, Window.class);
            p.put("Action", "ListOrders");
            List<String> marketplaces = seller.marketplaceIds();
            for (int i = 0; i < marketplaces.size(); i++) {
                p.put("MarketplaceId.Id." + (i + 1), marketplaces.get(i));
            }
            p.put("LastUpdatedAfter", window.after().toString());
            p.put("LastUpdatedBefore", window.before().toString());
            p.put("MaxResultsPerPage", String.valueOf(maxResultsPerPage));
        }
        use(exchange, p);
    }

    public void listOrderItems(Exchange exchange) {
        String nextToken = exchange.getProperty(MwsExchange.ITEMS_NEXT_TOKEN, String.class);
        Map<String, String> p = new LinkedHashMap<>();
        if (nextToken != null) {
            p.put("Action", "ListOrderItemsByNextToken");
            p.put("NextToken", nextToken);
        } else {
            p.put("Action", "ListOrderItems");
            p.put("AmazonOrderId", exchange.getProperty(AmazonCall.ORDER_ID, String.class));
        }
        use(exchange, p);
    }

    private static void use(Exchange exchange, Map<String, String> params) {
        exchange.setProperty(AmazonCall.OPERATION, params.get("Action"));
        exchange.setProperty(MwsExchange.PARAMS, params);
        exchange.getMessage().setBody(null);
    }
}
