package io.sellerbridge.mws;

import io.sellerbridge.orders.MalformedResponseException;
import io.sellerbridge.orders.OrderExchange;
import io.sellerbridge.observe.LogContext;
import org.apache.camel.Exchange;

import java.util.ArrayList;
import java.util.List;

/** Walks MWS pages: the orders of a ListOrders(ByNextToken) page, the items of ListOrderItems(ByNextToken) pages. */
public class MwsPages {

    public static final String RAW_ORDERS_PAGE = "mwsRawOrdersPage";
    public static final String RAW_ITEMS_PAGES = "mwsRawItemsPages";

    public List<MwsOrder> orders(Exchange exchange) {
        MwsOrdersResult result = expect(exchange, MwsOrdersResponse.class).result();
        exchange.setProperty(RAW_ORDERS_PAGE, exchange.getProperty(MwsResponseReader.RAW_RESPONSE));
        String next = blankToNull(result.nextToken());
        exchange.setProperty(OrderExchange.NEXT_TOKEN, next);
        exchange.setProperty(OrderExchange.MORE_PAGES, next != null);
        return result.orders();
    }

    public void startOrder(Exchange exchange) {
        MwsOrder order = exchange.getMessage().getBody(MwsOrder.class);
        exchange.setProperty(OrderExchange.ORDER, order);
        exchange.setProperty(OrderExchange.ORDER_ID, order.amazonOrderId());
        LogContext.order(exchange);
        exchange.setProperty(OrderExchange.ORDER_ITEMS, new ArrayList<MwsOrderItem>());
        exchange.setProperty(RAW_ITEMS_PAGES, new ArrayList<byte[]>());
        exchange.setProperty(MwsRequests.ITEMS_NEXT_TOKEN, null);
        exchange.setProperty(OrderExchange.MORE_PAGES, true);
    }

    @SuppressWarnings("unchecked")
    public void addItems(Exchange exchange) {
        MwsOrderItemsResult result = expect(exchange, MwsOrderItemsResponse.class).result();
        exchange.getProperty(OrderExchange.ORDER_ITEMS, List.class).addAll(result.items());
        exchange.getProperty(RAW_ITEMS_PAGES, List.class).add(exchange.getProperty(MwsResponseReader.RAW_RESPONSE));
        String next = blankToNull(result.nextToken());
        exchange.setProperty(MwsRequests.ITEMS_NEXT_TOKEN, next);
        exchange.setProperty(OrderExchange.MORE_PAGES, next != null);
    }

    private static <T extends MwsResponse> T expect(Exchange exchange, Class<T> type) {
        Object body = exchange.getMessage().getBody();
        if (!type.isInstance(body)) {
            throw new MalformedResponseException("MWS answered " + (body == null ? "nothing" : body.getClass().getSimpleName())
                    + " where " + type.getSimpleName() + " was expected", String.valueOf(body), null);
        }
        return type.cast(body);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
