package io.sellerbridge.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sellerbridge.routes.FakeAmazon.Reply;
import io.sellerbridge.testing.Fixtures;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** routes/spapi-orders.camel.yaml with the publish and call routes it uses, in seconds, without broker or Amazon. */
class SpApiOrdersRouteTest extends RouteTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHECKPOINT = "spapi-orders:A2S:A2EUQ1WTGCTBG2,ATVPDKIKX0DER";
    private static final Set<String> RECORD_HEADERS = Set.of("kafka.KEY", "ce_specversion", "ce_id", "ce_source",
            "ce_type", "ce_dataschema", "ce_time", "content-type", "ce_sellerid", "ce_marketplaceid");

    private static ObjectNode order(String id) {
        ObjectNode order = Fixtures.object("spapi/order-unshipped.json");
        order.put("AmazonOrderId", id);
        return order;
    }

    private static String ordersPage(String nextToken, ObjectNode... orders) {
        ObjectNode payload = JSON.createObjectNode();
        ArrayNode list = payload.putArray("Orders");
        for (ObjectNode o : orders) {
            list.add(o);
        }
        if (nextToken != null) {
            payload.put("NextToken", nextToken);
        }
        return JSON.createObjectNode().set("payload", payload).toString();
    }

    private static String itemsPage(String orderId) {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("AmazonOrderId", orderId);
        payload.set("OrderItems", Fixtures.read("spapi/items-unshipped.json"));
        return JSON.createObjectNode().set("payload", payload).toString();
    }

    /** Two getOrders pages of three orders; every order's items on one page. */
    private void twoPagesOfOrders() {
        amazon.on("getOrders", call -> Reply.ok(call.query().contains("NextToken=page-2")
                ? ordersPage(null, order("111-0000003-0000003"))
                : ordersPage("page-2", order("111-0000001-0000001"), order("111-0000002-0000002"))));
        amazon.on("getOrderItems", call -> Reply.ok(itemsPage(call.path().split("/")[4])));
    }

    private void runWindow() {
        template.sendBody("direct:spapi-orders-window", seller);
    }

    @Test
    void givenTwoPagesOfOrders_whenAWindowRuns_thenEachOrderIsPublishedOnceWithItsKeyAndCloudEventsHeadersOnly()
            throws Exception {
        twoPagesOfOrders();
        start();
        MockEndpoint orders = topic(ORDERS_TOPIC);
        orders.expectedMessageCount(3);

        runWindow();

        orders.assertIsSatisfied();
        Set<String> keys = new TreeSet<>();
        for (Exchange record : orders.getReceivedExchanges()) {
            keys.add(record.getMessage().getHeader("kafka.KEY", String.class));
            assertEquals(RECORD_HEADERS, record.getMessage().getHeaders().keySet(), "no Camel or HTTP header on a record");
            assertEquals("/amazon/sp-api/orders/v0", record.getMessage().getHeader("ce_source"));
            JsonNode value = JSON.readTree(record.getMessage().getBody(byte[].class));
            assertEquals(Fixtures.read("spapi/items-unshipped.json").size(), value.path("items").size());
        }
        assertEquals(Set.of("A2S:111-0000001-0000001", "A2S:111-0000002-0000002", "A2S:111-0000003-0000003"), keys);
        assertEquals(2, amazon.calls("getOrders").size());
        assertEquals(3, amazon.calls("getOrderItems").size());
    }

    @Test
    void givenAWindowThatWasPublished_whenItIsCommitted_thenTheCheckpointIsItsEndTwoMinutesAgo() throws Exception {
        twoPagesOfOrders();
        start();

        runWindow();

        assertEquals(Map.of(CHECKPOINT, Instant.parse("2026-11-29T11:58:00Z")), checkpoints.all());
        String firstQuery = amazon.calls("getOrders").get(0).query();
        assertTrue(firstQuery.contains("LastUpdatedAfter=2026-10-30T12%3A00%3A00Z"), firstQuery);
        assertTrue(firstQuery.contains("LastUpdatedBefore=2026-11-29T11%3A58%3A00Z"), firstQuery);
    }

    @Test
    void givenTheNextWindowReReadsTheSameVersions_whenItRuns_thenNothingIsPublishedAgainAndNoItemsAreAskedFor()
            throws Exception {
        twoPagesOfOrders();
        start();
        runWindow();
        clock.advance(java.time.Duration.ofMinutes(5));
        MockEndpoint orders = topic(ORDERS_TOPIC);
        orders.reset();

        runWindow();

        orders.expectedMessageCount(0);
        orders.assertIsSatisfied();
        assertEquals(3, amazon.calls("getOrderItems").size(), "only the first window asked for items");
        assertTrue(amazon.calls("getOrders").get(2).query().contains("LastUpdatedAfter=2026-11-29T11%3A48%3A00Z"),
                "the second window starts at the checkpoint less the look-back");
    }

    @Test
    void givenAnOrderWhoseItemsCannotBeMapped_whenTheWindowRuns_thenItGoesToTheDeadLetterTopicAndTheOthersArePublished()
            throws Exception {
        twoPagesOfOrders();
        amazon.on("getOrderItems", call -> call.path().contains("111-0000002-0000002")
                ? Reply.ok("{\"payload\":{\"OrderItems\":[{\"OrderItemId\":\"1\"}]}}")
                : Reply.ok(itemsPage(call.path().split("/")[4])));
        start();
        MockEndpoint orders = topic(ORDERS_TOPIC);
        MockEndpoint dlq = topic(DLQ_TOPIC);
        orders.expectedMessageCount(2);
        dlq.expectedMessageCount(1);

        runWindow();

        MockEndpoint.assertIsSatisfied(orders, dlq);
        Exchange letter = dlq.getReceivedExchanges().get(0);
        JsonNode value = JSON.readTree(letter.getMessage().getBody(String.class));
        assertEquals("A2S:111-0000002-0000002", letter.getMessage().getHeader("kafka.KEY"));
        assertEquals("111-0000002-0000002", value.path("amazonOrderId").asText());
        assertTrue(value.path("reason").asText().contains("ASIN"), value.toString());
        assertTrue(value.path("payload").asText().contains("\"OrderItemId\":\"1\""), "Amazon's payload is kept");
        assertEquals(Map.of(CHECKPOINT, Instant.parse("2026-11-29T11:58:00Z")), checkpoints.all(), "the window is done");
    }

    @Test
    void givenAmazonAnswers429ThenTheOrders_whenTheWindowRuns_thenTheCallIsRetriedAndEveryOrderPublished() throws Exception {
        twoPagesOfOrders();
        java.util.concurrent.atomic.AtomicInteger getOrders = new java.util.concurrent.atomic.AtomicInteger();
        amazon.on("getOrders", call -> getOrders.getAndIncrement() == 0 ? Reply.error(429, "QuotaExceeded")
                : Reply.ok(call.query().contains("NextToken=page-2") ? ordersPage(null, order("111-0000003-0000003"))
                : ordersPage("page-2", order("111-0000001-0000001"), order("111-0000002-0000002"))));
        start();
        MockEndpoint orders = topic(ORDERS_TOPIC);
        orders.expectedMessageCount(3);

        runWindow();

        orders.assertIsSatisfied();
        assertEquals(3, amazon.calls("getOrders").size(), "the first page twice, then the second");
    }

    @Test
    void givenGetOrdersKeepsFailing_whenTheWindowRuns_thenItFailsAndNothingIsCommitted() throws Exception {
        amazon.on("getOrders", call -> Reply.error(503, "ServiceUnavailable"));
        start();

        assertThrows(CamelExecutionException.class, this::runWindow);

        assertTrue(checkpoints.all().isEmpty());
        assertEquals(7, amazon.calls("getOrders").size(), "the first try and spapi.retry.maximum-redeliveries (6)");
    }

    @Test
    void givenABadRequest_whenTheWindowRuns_thenItIsNotRetried() throws Exception {
        amazon.on("getOrders", call -> Reply.error(400, "InvalidInput"));
        start();

        assertThrows(CamelExecutionException.class, this::runWindow);

        assertEquals(List.of("getOrders"), amazon.calls("getOrders").stream().map(FakeAmazon.Call::operation).toList());
    }
}
