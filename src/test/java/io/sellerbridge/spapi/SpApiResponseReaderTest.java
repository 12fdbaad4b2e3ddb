package io.sellerbridge.spapi;

import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.amazon.MalformedResponseException;
import io.sellerbridge.ratelimit.RateLimits;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A 2xx SP-API body: parsed from the bytes Amazon sent, checked for its documented shape. */
class SpApiResponseReaderTest {

    private static final String ITEMS = "{\"payload\":{\"AmazonOrderId\":\"503-1\",\"OrderItems\":"
            + "[{\"Title\":\"キャンプ用 ランタン – Größe M\"}]}}";

    private final SpApiResponseReader reader = new SpApiResponseReader(new RateLimits());

    private static Exchange answered(Object body) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.setProperty(AmazonCall.OPERATION, "getOrderItems");
        exchange.setProperty(AmazonCall.SELLER_ID, "A2S");
        exchange.getMessage().setHeader("x-amzn-RequestId", "req-1");
        exchange.getMessage().setBody(body);
        return exchange;
    }

    @Test
    void givenAUtf8Stream_whenRead_thenTheBodyIsTheParsedPageWithItsTextIntactAndNoHeaderLeft() throws Exception {
        Exchange exchange = answered(new ByteArrayInputStream(ITEMS.getBytes(StandardCharsets.UTF_8)));

        reader.process(exchange);

        JsonNode page = exchange.getMessage().getBody(JsonNode.class);
        assertEquals("キャンプ用 ランタン – Größe M", page.at("/payload/OrderItems/0/Title").asText());
        assertTrue(exchange.getMessage().getHeaders().isEmpty());
    }

    @Test
    void givenAStringBody_whenRead_thenItIsParsedTheSame() throws Exception {
        Exchange exchange = answered(ITEMS);

        reader.process(exchange);

        assertEquals("キャンプ用 ランタン – Größe M",
                exchange.getMessage().getBody(JsonNode.class).at("/payload/OrderItems/0/Title").asText());
    }

    @Test
    void givenAnAnswerInAnotherCharset_whenRead_thenItIsDecodedWithTheCharsetItNames() throws Exception {
        String latin = "{\"payload\":{\"OrderItems\":[{\"Title\":\"Laterne Größe M\"}]}}";
        Exchange exchange = answered(new ByteArrayInputStream(latin.getBytes(StandardCharsets.ISO_8859_1)));
        // what camel-http sets from "Content-Type: application/json; charset=ISO-8859-1"
        exchange.setProperty(ExchangePropertyKey.CHARSET_NAME, "ISO-8859-1");

        reader.process(exchange);

        assertEquals("Laterne Größe M",
                exchange.getMessage().getBody(JsonNode.class).at("/payload/OrderItems/0/Title").asText());
    }

    @Test
    void givenABodyThatIsNotTheDocumentedJson_whenRead_thenItFailsKeepingWhatAmazonSent() {
        String truncated = "{\"payload\":{\"OrderItems\":[{\"Title\":\"Größe";
        MalformedResponseException notJson = assertThrows(MalformedResponseException.class,
                () -> reader.process(answered(truncated.getBytes(StandardCharsets.UTF_8))));
        MalformedResponseException noPayload = assertThrows(MalformedResponseException.class,
                () -> reader.process(answered("{\"errors\":[]}")));

        assertTrue(notJson.getMessage().startsWith("getOrderItems returned a body that is not JSON"), notJson.getMessage());
        assertEquals(truncated, notJson.rawBody());
        assertEquals("getOrderItems returned JSON without a payload object", noPayload.getMessage());
        assertEquals("{\"errors\":[]}", noPayload.rawBody());
    }
}
