package io.sellerbridge.observe;

import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.amazon.PolledSeller;
import org.apache.camel.Exchange;
import org.slf4j.MDC;

import java.util.List;

/**
 * Puts the seller, its marketplaces and the order an exchange works on into the logging MDC of the current thread,
 * so every log line (JSON or text) says whom it is about. Called where work moves to another thread: a window's
 * start, each order of a split, the commit on Kafka's callback thread.
 */
public final class LogContext {

    public static final String SELLER = "seller";
    public static final String MARKETPLACES = "marketplaces";
    public static final String ORDER = "amazonOrderId";

    private LogContext() {
    }

    public static void window(PolledSeller seller) {
        window(seller.sellerId(), seller.marketplaceIds());
    }

    public static void window(String sellerId, List<String> marketplaceIds) {
        MDC.put(SELLER, sellerId);
        MDC.put(MARKETPLACES, String.join(",", marketplaceIds));
        MDC.remove(ORDER);
    }

    public static void order(Exchange exchange) {
        put(SELLER, AmazonCall.sellerId(exchange));
        put(ORDER, exchange.getProperty(AmazonCall.ORDER_ID, String.class));
    }

    private static void put(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
