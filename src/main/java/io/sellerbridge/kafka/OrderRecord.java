package io.sellerbridge.kafka;

import io.sellerbridge.canonical.CanonicalJson;
import io.sellerbridge.canonical.CanonicalOrder;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * Turns a canonical order into the Kafka record downstream reads: canonical JSON, key {@code sellerId:orderId},
 * CloudEvents headers plus seller and marketplace, and no other header (HTTP and Camel headers are dropped here).
 */
public class OrderRecord implements Processor {

    public static final String CE_SOURCE = "ceSource";

    @Override
    public void process(Exchange exchange) {
        Message m = exchange.getMessage();
        CanonicalOrder order = m.getBody(CanonicalOrder.class);
        m.removeHeaders("*");
        m.setBody(CanonicalJson.write(order));
        m.setHeader(CloudEvents.KAFKA_KEY, order.recordKey());
        m.setHeader(CloudEvents.SPECVERSION, "1.0");
        m.setHeader(CloudEvents.ID, order.versionId());
        m.setHeader(CloudEvents.SOURCE, exchange.getProperty(CE_SOURCE, String.class));
        m.setHeader(CloudEvents.TYPE, CloudEvents.ORDER_TYPE);
        m.setHeader(CloudEvents.TIME, order.lastUpdateDate());
        m.setHeader(CloudEvents.CONTENT_TYPE, "application/json");
        m.setHeader(CloudEvents.SELLER, order.sellerId());
        m.setHeader(CloudEvents.MARKETPLACE, order.marketplaceId());
    }
}
