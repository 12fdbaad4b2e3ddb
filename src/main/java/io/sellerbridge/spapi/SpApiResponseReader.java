package io.sellerbridge.spapi;

import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.amazon.MalformedResponseException;
import io.sellerbridge.ratelimit.RateLimits;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Message;
import org.apache.camel.Processor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Reads a 2xx SP-API response: notes the rate Amazon reports, parses the JSON body and checks its shape (the Orders
 * and FBA Inventory APIs wrap their answer in a {@code payload} object, Catalog 2022-04-01 and Reports 2021-06-30
 * answer with the object itself); then drops the HTTP headers so none can travel on towards Kafka.
 */
public class SpApiResponseReader implements Processor {

    public static final String RATE_LIMIT_HEADER = "x-amzn-RateLimit-Limit";

    private static final Set<String> PAYLOAD_WRAPPED = Set.of("getOrders", "getOrderItems", "getInventorySummaries");

    private final ObjectMapper json = new ObjectMapper();
    private final RateLimits rateLimits;

    public SpApiResponseReader(RateLimits rateLimits) {
        this.rateLimits = rateLimits;
    }

    @Override
    public void process(Exchange exchange) {
        Message m = exchange.getMessage();
        String operation = AmazonCall.operation(exchange);
        rateLimits.observe(operation, AmazonCall.sellerId(exchange), m.getHeader(RATE_LIMIT_HEADER, String.class));
        JsonNode page = parse(operation, utf8Body(exchange));
        // only once the answer is good: HTTP headers must not travel on, and Camel's redelivery counter of this call
        // must not leak into the next call of the same exchange (or the orders split from it)
        m.removeHeaders("*");
        m.setBody(page);
    }

    JsonNode parse(String operation, byte[] body) {
        JsonNode node;
        try {
            node = json.readTree(body == null ? new byte[0] : body);
        } catch (IOException e) {
            throw new MalformedResponseException(operation + " returned a body that is not JSON: " + e.getMessage(),
                    text(body), e);
        }
        if (node == null || !node.isObject()) {
            throw new MalformedResponseException(operation + " returned JSON that is not an object", text(body), null);
        }
        if (PAYLOAD_WRAPPED.contains(operation) && !node.path("payload").isObject()) {
            throw new MalformedResponseException(operation + " returned JSON without a payload object", text(body), null);
        }
        return node;
    }

    /**
     * JSON is UTF-8 (RFC 8259), and so is every SP-API answer: Jackson parses its bytes as they came, with no String
     * decoded first. An answer that names another charset is decoded with it (by Camel, from the Content-Type).
     */
    private static byte[] utf8Body(Exchange exchange) {
        Message m = exchange.getMessage();
        String charset = exchange.getProperty(ExchangePropertyKey.CHARSET_NAME, String.class);
        boolean otherCharset = charset != null && !"UTF-8".equalsIgnoreCase(charset) && !"UTF8".equalsIgnoreCase(charset);
        if (m.getBody() instanceof String || otherCharset) {
            return m.getBody(String.class).getBytes(StandardCharsets.UTF_8);
        }
        return m.getBody(byte[].class);
    }

    /** The body as Amazon sent it, for the dead-letter topic: decoded only when it is kept. */
    private static String text(byte[] body) {
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }
}
