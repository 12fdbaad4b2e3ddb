package io.sellerbridge.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sellerbridge.amazon.SellingRegion;
import io.sellerbridge.mws.MwsSeller;
import io.sellerbridge.routes.FakeAmazon.Reply;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** routes/mws-orders.camel.yaml: the same flow as SP-API's, signed XML calls, Amazon's MWS errors. */
class MwsOrdersRouteTest extends RouteTestSupport {

    /** Made-up keys: the fake MWS checks only that calls are signed, and that the secret never travels. */
    private static final MwsSeller SELLER = new MwsSeller("main", "A2S", "route-test-access-key-id",
            "route-test-secret-key-not-a-credential", null, List.of("ATVPDKIKX0DER"), SellingRegion.NA);

    private static String fixture(String name) {
        try (InputStream in = MwsOrdersRouteTest.class.getResourceAsStream("/fixtures/mws/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void oneOrderWithItsItems() {
        mws.on("ListOrders", call -> Reply.ok(fixture("order-unshipped.xml")));
        mws.on("ListOrderItems", call -> Reply.ok(fixture("items-unshipped.xml")));
    }

    private void runWindow() {
        template.sendBody("direct:mws-orders-window", SELLER);
    }

    @Test
    void givenAnOrderWithItsItems_whenAWindowRuns_thenItIsPublishedAsAnMwsOrderAndTheWindowIsCommitted() throws Exception {
        oneOrderWithItsItems();
        start();
        MockEndpoint orders = topic(ORDERS_TOPIC);
        orders.expectedMessageCount(1);

        runWindow();

        orders.assertIsSatisfied();
        Exchange record = orders.getReceivedExchanges().get(0);
        assertEquals("A2S:902-3159896-1390916", record.getMessage().getHeader("kafka.KEY"));
        assertEquals("/amazon/mws/orders/2013-09-01", record.getMessage().getHeader("ce_source"));
        JsonNode value = new ObjectMapper().readTree(record.getMessage().getBody(byte[].class));
        assertEquals("Unshipped", value.path("orderStatus").asText());
        assertEquals(Map.of("mws-orders:A2S:ATVPDKIKX0DER", Instant.parse("2026-11-29T11:58:00Z")), checkpoints.all());
        String signed = mws.calls("ListOrders").get(0).query();
        assertTrue(signed.contains("Action=ListOrders") && signed.contains("Signature="), signed);
        assertTrue(!signed.contains(SELLER.secretKey()), "the secret key signs, it is never sent");
    }

    @Test
    void givenMwsThrottlesOnce_whenAWindowRuns_thenTheCallIsRetriedAndTheOrderPublished() throws Exception {
        oneOrderWithItsItems();
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        mws.on("ListOrders", call -> calls.getAndIncrement() == 0 ? new Reply(503, fixture("error-throttled.xml"))
                : Reply.ok(fixture("order-unshipped.xml")));
        start();
        MockEndpoint orders = topic(ORDERS_TOPIC);
        orders.expectedMessageCount(1);

        runWindow();

        orders.assertIsSatisfied();
        assertEquals(2, mws.calls("ListOrders").size());
    }

    @Test
    void givenMwsRefusesTheSignature_whenAWindowRuns_thenItFailsAtOnceAndNothingIsCommitted() throws Exception {
        mws.on("ListOrders", call -> new Reply(403, """
                <ErrorResponse xmlns="https://mws.amazonservices.com/Orders/2013-09-01"><Error><Type>Sender</Type>
                <Code>SignatureDoesNotMatch</Code><Message>The signature does not match</Message></Error>
                <RequestID>1</RequestID></ErrorResponse>"""));
        start();

        CamelExecutionException e = assertThrows(CamelExecutionException.class, this::runWindow);

        assertTrue(e.getCause().getMessage().contains("SignatureDoesNotMatch"), e.getCause().getMessage());
        assertEquals(1, mws.calls("ListOrders").size(), "not retried: the same request gets the same answer");
        assertTrue(checkpoints.all().isEmpty());
    }
}
