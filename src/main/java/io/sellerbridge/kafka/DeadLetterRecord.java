package io.sellerbridge.kafka;

import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.amazon.MalformedResponseException;
import io.sellerbridge.canonical.CanonicalJson;
import io.sellerbridge.canonical.RestrictedData;
import com.fasterxml.jackson.databind.JsonNode;
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

    /**
     * Amazon's payload as the stream read it (JSON or MWS XML), kept as is but for buyers' data; a malformed answer's
     * body wins.
     */
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
        String sellerId = AmazonCall.sellerId(exchange);
        String orderId = exchange.getProperty(AmazonCall.ORDER_ID, String.class);
        String subject = exchange.getProperty(SUBJECT, orderId, String.class);
        String reason = exchange.getProperty(REASON, String.class);
        Map<String, Object> letter = new LinkedHashMap<>();
        letter.put("reason", reason != null ? reason : cause == null ? "unknown" : cause.getMessage());
        letter.put("error", cause == null ? null : cause.getClass().getName());
        letter.put("source", exchange.getProperty(CanonicalRecord.CE_SOURCE, String.class));
        letter.put("operation", AmazonCall.operation(exchange));
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
        m.setHeader(CloudEvents.TYPE, RecordType.DEAD_LETTER.eventType());
        m.setHeader(CloudEvents.DATASCHEMA, RecordType.DEAD_LETTER.dataschema());
        m.setHeader(CloudEvents.TIME, letter.get("failedAt"));
        m.setHeader(CloudEvents.CONTENT_TYPE, "application/json");
        if (sellerId != null) {
            m.setHeader(CloudEvents.SELLER, sellerId);
        }
    }

    /**
     * Amazon's bytes as received: the unparseable body, or what the stream kept ({@link #RAW_PAYLOAD}), in both cases
     * without buyers' personal data, redacted here for every stream (an unreadable orders page holds it as much as a
     * readable one).
     */
    private static String rawPayload(Exchange exchange, Exception cause) {
        MalformedResponseException malformed = findMalformed(cause);
        return RestrictedData.redactPayload(malformed != null ? malformed.rawBody()
                : exchange.getProperty(RAW_PAYLOAD, String.class));
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
