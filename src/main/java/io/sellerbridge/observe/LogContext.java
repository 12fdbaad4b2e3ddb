package io.sellerbridge.observe;

import io.sellerbridge.amazon.AmazonCall;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.slf4j.MDC;

/**
 * The logging MDC's keys, every one read from the exchange being routed: Camel's route and exchange ids, the seller,
 * its marketplaces and the order, so every log line (JSON or text) says whom it is about. {@link ExchangeLogContext}
 * puts them on the thread at each step of a route, and again where routing continues on another thread; the code
 * that sets the seller or the order puts them at once ({@link #sellerAndOrder}).
 */
public final class LogContext {

    public static final String ROUTE_ID = "camel.routeId";
    public static final String EXCHANGE_ID = "camel.exchangeId";
    public static final String SELLER = "seller";
    /** The seller's marketplaces, comma-separated: also the exchange property they are read from. */
    public static final String MARKETPLACES = "marketplaces";
    public static final String ORDER = "amazonOrderId";

    private LogContext() {
    }

    /** Puts the exchange's keys on this thread's MDC; a key the exchange has no value for is removed. */
    public static void of(Exchange exchange, Route route) {
        put(ROUTE_ID, route == null ? null : route.getRouteId());
        put(EXCHANGE_ID, exchange.getExchangeId());
        sellerAndOrder(exchange);
    }

    /**
     * Puts the exchange's seller, marketplaces and order on this thread's MDC at once, for what the step that set
     * them logs next (the next step puts every key anyway).
     */
    public static void sellerAndOrder(Exchange exchange) {
        put(SELLER, AmazonCall.sellerId(exchange));
        put(MARKETPLACES, exchange.getProperty(MARKETPLACES, String.class));
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
