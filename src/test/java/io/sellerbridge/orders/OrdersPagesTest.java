package io.sellerbridge.orders;

import io.sellerbridge.amazon.MalformedResponseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OrdersPagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Exchange page(int orders) throws Exception {
        String list = IntStream.range(0, orders).mapToObj(i -> "{\"AmazonOrderId\":\"111-" + i + "\",\"OrderTotal\":{\"Amount\":\"1.50\"}}")
                .collect(Collectors.joining(","));
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody(JSON.readTree("{\"payload\":{\"Orders\":[" + list + "],\"NextToken\":\"n2\"}}"));
        return exchange;
    }

    @Test
    void givenAPage_thenItsOrdersComeInBatchesOfTheParallelOrders_asTheirJsonText_andThePageIsLetGo() throws Exception {
        Exchange exchange = page(10);
        List<List<String>> batches = new OrdersPages(4).orderBatches(exchange);
        assertEquals(List.of(4, 4, 2), batches.stream().map(List::size).toList());
        assertEquals("111-9", JSON.readTree(batches.get(2).get(1)).path("AmazonOrderId").asText());
        assertNull(exchange.getMessage().getBody(), "the page's tree is not held while its orders are worked on");
    }

    @Test
    void givenAnOrderAsText_thenStartingItGivesTheSameTreeAsAmazonSent() throws Exception {
        OrdersPages pages = new OrdersPages(4);
        String text = pages.orderBatches(page(1)).get(0).get(0);
        Exchange order = new DefaultExchange(new DefaultCamelContext());
        order.getMessage().setBody(text);
        pages.startOrder(order);
        JsonNode tree = order.getMessage().getBody(JsonNode.class);
        assertEquals("1.50", tree.path("OrderTotal").path("Amount").asText());
        assertEquals(tree, order.getProperty(OrderExchange.ORDER));
        assertEquals("111-0", order.getProperty(io.sellerbridge.amazon.AmazonCall.ORDER_ID));
    }

    @Test
    void givenAPageWithoutOrders_thenItIsMalformed() throws Exception {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody(JSON.readTree("{\"payload\":{}}"));
        assertThrows(MalformedResponseException.class, () -> new OrdersPages(4).orderBatches(exchange));
    }
}
