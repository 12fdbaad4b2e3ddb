package io.sellerbridge.orders;

import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.amazon.Paging;
import io.sellerbridge.checkpoint.CheckpointKey;
import io.sellerbridge.checkpoint.Window;
import io.sellerbridge.spapi.SpApiSeller;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OrdersRequestsTest {

    private final OrdersRequests requests = new OrdersRequests(100);

    private Exchange exchange() {
        Exchange e = new DefaultExchange(new DefaultCamelContext());
        e.setProperty(SpApiSeller.PROPERTY, new SpApiSeller("main", "A2S", List.of("ATVPDKIKX0DER", "A2EUQ1WTGCTBG2"), "c", "s", "r"));
        e.setProperty(Window.PROPERTY, new Window(CheckpointKey.ofSeller("spapi-orders", "A2S"), Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-29T11:58:00Z"), true));
        return e;
    }

    @Test
    void givenAWindow_whenGetOrdersIsBuilt_thenDatesAndListsAreRfc3986Encoded() {
        Exchange e = exchange();
        requests.getOrders(e);
        assertEquals("/orders/v0/orders", e.getMessage().getHeader(Exchange.HTTP_PATH));
        assertEquals("MarketplaceIds=ATVPDKIKX0DER%2CA2EUQ1WTGCTBG2&LastUpdatedAfter=2026-11-01T00%3A00%3A00Z"
                + "&LastUpdatedBefore=2026-11-29T11%3A58%3A00Z&MaxResultsPerPage=100", e.getMessage().getHeader(Exchange.HTTP_QUERY));
    }

    @Test
    void givenANextToken_whenGetOrdersIsBuilt_thenTheTokenIsEncodedNotLeftWithPlusOrSlash() {
        Exchange e = exchange();
        e.setProperty(Paging.NEXT_TOKEN, "a+b/c= d");
        requests.getOrders(e);
        String query = e.getMessage().getHeader(Exchange.HTTP_QUERY, String.class);
        assertEquals("NextToken=a%2Bb%2Fc%3D%20d", query.substring(query.indexOf("NextToken=")));
    }

    @Test
    void givenAnOrder_whenGetOrderItemsIsBuilt_thenThePathCarriesTheOrderId() {
        Exchange e = exchange();
        e.setProperty(AmazonCall.ORDER_ID, "902-3159896-1390916");
        requests.getOrderItems(e);
        assertEquals("/orders/v0/orders/902-3159896-1390916/orderItems", e.getMessage().getHeader(Exchange.HTTP_PATH));
        assertEquals(null, e.getMessage().getHeader(Exchange.HTTP_QUERY));
        assertEquals("getOrderItems", e.getProperty(AmazonCall.OPERATION));
    }
}
