package io.sellerbridge.kafka;

import io.sellerbridge.canonical.CanonicalJson;
import io.sellerbridge.canonical.CanonicalMessage;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * Turns a canonical message into the Kafka record downstream reads: canonical JSON, its business key, CloudEvents
 * headers plus seller and marketplace, and no other header (HTTP and Camel headers are dropped here).
 */
public class CanonicalRecord implements Processor {

    public static final String CE_SOURCE = "ceSource";

    private final RecordType type;

    public CanonicalRecord(RecordType type) {
        this.type = type;
    }

    @Override
    public void process(Exchange exchange) {
        Message m = exchange.getMessage();
        CanonicalMessage message = m.getBody(CanonicalMessage.class);
        m.removeHeaders("*");
        fillAsBytes(m, message, exchange.getProperty(CE_SOURCE, String.class));
    }

    /**
     * Makes {@code m} the record of {@code message}, its value UTF-8 JSON written by Jackson straight to bytes, for an
     * endpoint with Kafka's ByteArraySerializer (a String value cost a second encoding, char by char for any text
     * with a character beyond Latin-1).
     */
    public void fillAsBytes(Message m, CanonicalMessage message, String source) {
        m.setBody(CanonicalJson.writeBytes(message));
        headers(m, message, source);
    }

    private void headers(Message m, CanonicalMessage message, String source) {
        m.setHeader(CloudEvents.KAFKA_KEY, message.recordKey());
        m.setHeader(CloudEvents.SPECVERSION, "1.0");
        m.setHeader(CloudEvents.ID, message.eventId());
        m.setHeader(CloudEvents.SOURCE, source);
        m.setHeader(CloudEvents.TYPE, type.eventType());
        m.setHeader(CloudEvents.DATASCHEMA, type.dataschema());
        m.setHeader(CloudEvents.TIME, message.eventTime());
        m.setHeader(CloudEvents.CONTENT_TYPE, "application/json");
        m.setHeader(CloudEvents.SELLER, message.sellerId());
        m.setHeader(CloudEvents.MARKETPLACE, message.marketplaceId());
    }
}
