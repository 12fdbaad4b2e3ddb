package io.sellerbridge.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sellerbridge.amazon.MalformedResponseException;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Buyers' data never reaches the dead-letter topic, whichever way the payload came. */
class DeadLetterRecordTest {

    private static final String ORDER_JSON = "{\"Order\":{\"AmazonOrderId\":\"902-1\",\"BuyerInfo\":{\"BuyerEmail\":\"jane@x\"}}}";

    private static String payload(Exchange exchange) throws Exception {
        new DeadLetterRecord(Clock.fixed(Instant.parse("2026-12-06T00:00:00Z"), ZoneOffset.UTC)).process(exchange);
        return new ObjectMapper().readTree(exchange.getMessage().getBody(String.class)).path("payload").asText();
    }

    @Test
    void givenTheOrderAStreamKept_whenDeadLettered_thenItsBuyerInfoIsNotInThePayload() throws Exception {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.setProperty(DeadLetterRecord.RAW_PAYLOAD, ORDER_JSON);

        assertEquals("{\"Order\":{\"AmazonOrderId\":\"902-1\"}}", payload(exchange));
    }

    @Test
    void givenAnUnreadableMwsPage_whenDeadLettered_thenItsBuyerElementsAreEmptied() throws Exception {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, new MalformedResponseException("not XML",
                "<Order><BuyerName>Jane Doe</BuyerName><City>SEATTLE", null));

        String payload = payload(exchange);

        assertFalse(payload.contains("Jane"), payload);
        assertEquals("<Order><BuyerName/><City>SEATTLE", payload);
    }
}
