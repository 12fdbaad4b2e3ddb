package io.sellerbridge.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellerbridge.canonical.CanonicalJson;
import io.sellerbridge.orders.MalformedResponseException;
import io.sellerbridge.orders.OrderExchange;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A record that could not become a canonical message, for {@code amazon.dlq.v1}: why, where from, and Amazon's raw
 * payload so it can be replayed once the cause is fixed. Nothing bad is dropped silently.
 */
public class DeadLetterRecord implements Processor {

    /** Set by a stream whose raw payload is not JSON (MWS XML): used as is. */
    public static final String RAW_PAYLOAD = "rawPayload";
    /** Set when no exception says why (a report row that could not be read). */
    public static final String REASON = "deadLetterReason";
    /** What failed when it is not an order: "report:&lt;reportId&gt;:row:&lt;n&gt;", an ASIN, ...; part of the record key. */
    public static final String SUBJECT = "deadLetterSubject";
    /** The row of a report that could not be read (1-based data row). */
    public static final String ROW_NUMBER = "deadLetterRowNumber";

    private final Clock clock;

    public DeadLetterRecord(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String sellerId = exchange.getProperty(OrderExchange.SELLER_ID, String.class);
        String orderId = exchange.getProperty(OrderExchange.ORDER_ID, String.class);
        String subject = exchange.getProperty(SUBJECT, orderId, String.class);
        String reason = exchange.getProperty(REASON, String.class);
        Map<String, Object> letter = new LinkedHashMap<>();
        letter.put("reason", reason != null ? reason : cause == null ? "unknown" : cause.getMessage());
        letter.put("error", cause == null ? null : cause.getClass().getName());
        letter.put("source", exchange.getProperty(CanonicalRecord.CE_SOURCE, String.class));
        letter.put("operation", exchange.getProperty(OrderExchange.OPERATION, String.class));
        letter.put("sellerId", sellerId);
        letter.put("amazonOrderId", orderId);
        letter.put("subject", subject);
        letter.put("rowNumber", exchange.getProperty(ROW_NUMBER, Long.class));
        letter.put("failedAt", clock.instant().toString());
        letter.put("payload", rawPayload(exchange, cause));

        Message m = exchange.getMessage();
        m.removeHeaders("*");
        m.setBody(CanonicalJson.write(letter));
        m.setHeader(CloudEvents.KAFKA_KEY, subject == null ? sellerId : sellerId + ":" + subject);
        m.setHeader(CloudEvents.SPECVERSION, "1.0");
        m.setHeader(CloudEvents.ID, UUID.randomUUID().toString());
        m.setHeader(CloudEvents.SOURCE, exchange.getProperty(CanonicalRecord.CE_SOURCE, String.class));
        m.setHeader(CloudEvents.TYPE, CloudEvents.DEAD_LETTER_TYPE);
        m.setHeader(CloudEvents.TIME, letter.get("failedAt"));
        m.setHeader(CloudEvents.CONTENT_TYPE, "application/json");
        if (sellerId != null) {
            m.setHeader(CloudEvents.SELLER, sellerId);
        }
    }

    /** Amazon's bytes as received: the unparseable body, or the order and the items read so far. */
    private static String rawPayload(Exchange exchange, Exception cause) {
        MalformedResponseException malformed = findMalformed(cause);
        if (malformed != null) {
            return malformed.rawBody();
        }
        String given = exchange.getProperty(RAW_PAYLOAD, String.class);
        if (given != null) {
            return given;
        }
        JsonNode order = exchange.getProperty(OrderExchange.ORDER, JsonNode.class);
        List<?> items = exchange.getProperty(OrderExchange.ORDER_ITEMS, List.class);
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("Order", order);
        raw.put("OrderItems", items);
        return CanonicalJson.write(raw);
    }

    private static MalformedResponseException findMalformed(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof MalformedResponseException m) {
                return m;
            }
        }
        return null;
    }
}
