package io.sellerbridge.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.canonical.CanonicalOrder;
import io.sellerbridge.orders.SpApiOrderMapper;
import io.sellerbridge.reports.ReportEntry;
import io.sellerbridge.routes.FakeAmazon.Reply;
import io.sellerbridge.testing.Fixtures;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a report row becomes (routes/spapi-reports.camel.yaml), and a schedule tick (routes/streams.camel.yaml). */
class ReportsAndScheduleRouteTest extends RouteTestSupport {

    @Override
    protected Properties overrides() {
        Properties p = new Properties();
        p.put("spapi.orders.schedule", "* * * * * ?");
        return p;
    }

    private static CanonicalOrder order() {
        return new SpApiOrderMapper().map("A2S", Fixtures.object("spapi/order-unshipped.json"),
                Fixtures.array("spapi/items-unshipped.json"));
    }

    @Test
    void givenReportEntries_whenRouted_thenAnOrderIsPublishedOnceAndABadRowIsDeadLetteredWithItsNumber() throws Exception {
        amazon.on("getOrders", call -> Reply.ok("{\"payload\":{\"Orders\":[]}}"));
        start();
        MockEndpoint orders = topic(ORDERS_TOPIC);
        MockEndpoint dlq = topic(DLQ_TOPIC);
        orders.expectedMessageCount(1);
        dlq.expectedMessageCount(1);
        Map<String, Object> report = Map.of(AmazonCall.SELLER_ID, "A2S", "reportId", "51650280892");
        CanonicalOrder order = order();

        for (Object entry : new Object[] {new ReportEntry.Message(order, order.recordKey(), 1, 2),
                new ReportEntry.Message(order, order.recordKey(), 3, 4),
                new ReportEntry.BadRow(5, "row has 31 columns, the header 32", "111-62834\tShipped")}) {
            template.send("direct:spapi-report-entry", e -> {
                report.forEach(e::setProperty);
                e.getMessage().setBody(entry);
            });
        }

        MockEndpoint.assertIsSatisfied(orders, dlq);
        assertEquals("A2S:902-3159896-1390916", orders.getReceivedExchanges().get(0).getMessage().getHeader("kafka.KEY"));
        assertEquals("A2S:report:51650280892:row:5", dlq.getReceivedExchanges().get(0).getMessage().getHeader("kafka.KEY"));
        JsonNode letter = new ObjectMapper().readTree(dlq.getReceivedExchanges().get(0).getMessage().getBody(String.class));
        assertEquals(5, letter.path("rowNumber").asInt());
        assertEquals("111-62834\tShipped", letter.path("payload").asText());
    }

    @Test
    void givenTheOrdersSchedule_whenItTicks_thenEveryActiveSellersWindowRunsAndIsCommitted() throws Exception {
        amazon.on("getOrders", call -> Reply.ok("{\"payload\":{\"Orders\":[]}}"));
        start();
        NotifyBuilder window = new NotifyBuilder(context).fromRoute("spapi-orders-schedule").whenCompleted(1).create();

        assertTrue(window.matches(5, TimeUnit.SECONDS), "a window ran within a tick");

        assertTrue(checkpoints.all().containsKey("spapi-orders:A2S:A2EUQ1WTGCTBG2,ATVPDKIKX0DER"), checkpoints.all().toString());
    }
}
