package io.sellerbridge.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.canonical.CanonicalOrder;
import io.sellerbridge.orders.SpApiOrderMapper;
import io.sellerbridge.reports.ReportEntry;
import io.sellerbridge.routes.FakeAmazon.Reply;
import io.sellerbridge.testing.Fixtures;
import io.sellerbridge.checkpoint.PublishedVersions;
import org.apache.camel.Message;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import java.util.List;
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

    private PublishedVersions publishedVersions() {
        return context.getRegistry().lookupByNameAndType("publishedVersions", PublishedVersions.class);
    }

    private static CanonicalOrder order() {
        return new SpApiOrderMapper().map("A2S", Fixtures.object("spapi/order-unshipped.json"),
                Fixtures.array("spapi/items-unshipped.json"));
    }

    @Test
    void givenABatchOfReportEntries_whenRouted_thenItsRecordsGoInOneSendEachVersionOnceAndABadRowIsDeadLettered() throws Exception {
        amazon.on("getOrders", call -> Reply.ok("{\"payload\":{\"Orders\":[]}}"));
        start();
        MockEndpoint orders = topic(ORDERS_TOPIC);
        MockEndpoint dlq = topic(DLQ_TOPIC);
        orders.expectedMessageCount(1);
        dlq.expectedMessageCount(1);
        Map<String, Object> report = Map.of(AmazonCall.SELLER_ID, "A2S", "reportId", "51650280892",
                "ceSource", "/amazon/sp-api/reports/2021-06-30");
        CanonicalOrder order = order();
        List<ReportEntry> batch = List.of(new ReportEntry.Message(order, order.recordKey(), 1, 2),
                new ReportEntry.Message(order, order.recordKey(), 3, 4),
                new ReportEntry.BadRow(5, "row has 31 columns, the header 32", "111-62834\tShipped"));

        template.send("direct:spapi-report-batch", e -> {
            report.forEach(e::setProperty);
            e.getMessage().setBody(batch);
        });

        MockEndpoint.assertIsSatisfied(orders, dlq);
        List<?> records = orders.getReceivedExchanges().get(0).getMessage().getBody(List.class);
        assertEquals(1, records.size(), "the second entry is the same version: sent once");
        Message record = (Message) records.get(0);
        assertEquals("A2S:902-3159896-1390916", record.getHeader("kafka.KEY"));
        assertEquals("amazon.orders.v1", record.getHeader(KafkaConstants.OVERRIDE_TOPIC));
        assertEquals("/amazon/sp-api/reports/2021-06-30", record.getHeader("ce_source"));
        assertEquals("902-3159896-1390916", new ObjectMapper().readTree(record.getBody(byte[].class))
                .path("amazonOrderId").asText(), "UTF-8 JSON, for the endpoint's ByteArraySerializer");
        assertTrue(!publishedVersions().isNew(order.versionId()), "marked once Kafka acknowledged the batch");
        assertEquals("A2S:report:51650280892:row:5", dlq.getReceivedExchanges().get(0).getMessage().getHeader("kafka.KEY"));
        JsonNode letter = new ObjectMapper().readTree(dlq.getReceivedExchanges().get(0).getMessage().getBody(String.class));
        assertEquals(5, letter.path("rowNumber").asInt());
        assertEquals("111-62834\tShipped", letter.path("payload").asText());
    }

    @Test
    void givenKafkaRefusesABatch_whenRouted_thenTheBatchFailsAndNoneOfItsVersionsIsMarked() throws Exception {
        amazon.on("getOrders", call -> Reply.ok("{\"payload\":{\"Orders\":[]}}"));
        start();
        topic(ORDERS_TOPIC).whenAnyExchangeReceived(e -> {
            throw new org.apache.kafka.common.errors.TimeoutException("Expiring 1000 record(s): 120000 ms has passed");
        });
        CanonicalOrder order = order();

        org.apache.camel.Exchange result = template.send("direct:spapi-report-batch", e -> {
            e.setProperty(AmazonCall.SELLER_ID, "A2S");
            e.setProperty("ceSource", "/amazon/sp-api/reports/2021-06-30");
            e.getMessage().setBody(List.of(new ReportEntry.Message(order, order.recordKey(), 1, 2)));
        });

        assertTrue(result.getException() != null, "the batch fails, and with it the split and the window");
        assertTrue(publishedVersions().isNew(order.versionId()), "a version is marked only once Kafka acknowledged it");
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
