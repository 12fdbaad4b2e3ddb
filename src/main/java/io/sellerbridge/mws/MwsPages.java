package io.sellerbridge.mws;

import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.amazon.MalformedResponseException;
import io.sellerbridge.amazon.Paging;
import io.sellerbridge.observe.LogContext;
import org.apache.camel.Exchange;

import java.util.ArrayList;
import java.util.List;

/** Walks MWS pages: the orders of a ListOrders(ByNextToken) page, the items of ListOrderItems(ByNextToken) pages. */
public class MwsPages {

    public List<MwsOrder> orders(Exchange exchange) {
        MwsOrdersResult result = expect(exchange, MwsOrdersResponse.class).result();
        exchange.setProperty(MwsExchange.RAW_ORDERS_PAGE, exchange.getProperty(MwsExchange.RAW_RESPONSE));
        Paging.pageRead(exchange, result.nextToken());
        return result.orders();
    }

    public void startOrder(Exchange exchange) {
        MwsOrder order = exchange.getMessage().getBody(MwsOrder.class);
        exchange.setProperty(MwsExchange.ORDER, order);
        exchange.setProperty(AmazonCall.ORDER_ID, order.amazonOrderId());
        LogContext.sellerAndOrder(exchange);
        exchange.setProperty(MwsExchange.ORDER_ITEMS, new ArrayList<MwsOrderItem>());
        exchange.setProperty(MwsExchange.RAW_ITEMS_PAGES, new ArrayList<byte[]>());
        Paging.firstPage(exchange, MwsExchange.ITEMS_NEXT_TOKEN);
    }

    @SuppressWarnings("unchecked")
    public void addItems(Exchange exchange) {
        MwsOrderItemsResult result = expect(exchange, MwsOrderItemsResponse.class).result();
        exchange.getProperty(MwsExchange.ORDER_ITEMS, List.class).addAll(result.items());
        exchange.getProperty(MwsExchange.RAW_ITEMS_PAGES, List.class).add(exchange.getProperty(MwsExchange.RAW_RESPONSE));
        Paging.pageRead(exchange, MwsExchange.ITEMS_NEXT_TOKEN, result.nextToken());
    }

    private static <T extends MwsResponse> T expect(Exchange exchange, Class<T> type) {
        Object body = exchange.getMessage().getBody();
        if (!type.isInstance(body)) {
            throw new MalformedResponseException("MWS answered " + (body == null ? "nothing" : body.getClass().getSimpleName())
                    + " where " + type.getSimpleName() + " was expected", String.valueOf(body), null);
        }
        return type.cast(body);
    }
}
