package io.sellerbridge.observe;

import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.amazon.AmazonHttpError;
import io.sellerbridge.kafka.CanonicalRecord;
import org.apache.camel.Exchange;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.apache.camel.util.ObjectHelper;


/**
 * What the routes record, by name from YAML: Amazon calls (successes, failures with their status, retries),
 * records Kafka acknowledged and dead letters.
 */
public class RouteMetrics {

    /** The exchange property naming the topic a record was published to. */
    public static final String PUBLISHED_TOPIC = "publishedTopic";

    private final BundleMetrics metrics;

    public RouteMetrics(BundleMetrics metrics) {
        this.metrics = metrics;
    }

    public void succeeded(Exchange exchange) {
        metrics.call(seller(exchange), operation(exchange), exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 200, Integer.class));
    }

    /** onExceptionOccurred of the error clauses: a failed attempt, with Amazon's status (0 when none came back). */
    public void failed(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (cause == null) {
            cause = exchange.getException();
        }
        HttpOperationFailedException http = ObjectHelper.getException(HttpOperationFailedException.class, cause);
        Integer status = http != null ? Integer.valueOf(http.getStatusCode()) : statusOf(cause);
        metrics.call(seller(exchange), operation(exchange), status == null ? 0 : status);
    }

    /** onRedelivery of the retry clauses: runs before each new attempt. */
    public void retried(Exchange exchange) {
        metrics.retry(seller(exchange), operation(exchange));
    }

    /** A record Kafka acknowledged, on the topic in {@link #PUBLISHED_TOPIC}. */
    public void published(Exchange exchange) {
        metrics.published(exchange.getProperty(PUBLISHED_TOPIC, String.class), seller(exchange));
    }

    public void catalogNotListed(Exchange exchange) {
        metrics.catalogNotListed(seller(exchange), exchange.getProperty(AmazonCall.MARKETPLACE_ID, String.class));
    }

    public void deadLetter(Exchange exchange) {
        metrics.deadLetter(seller(exchange), exchange.getProperty(CanonicalRecord.CE_SOURCE, String.class));
    }

    /** Errors of other APIs (MWS) carry Amazon's status themselves. */
    private static Integer statusOf(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof AmazonHttpError error) {
                return error.getStatusCode();
            }
        }
        return null;
    }

    private static String seller(Exchange exchange) {
        return AmazonCall.sellerId(exchange);
    }

    private static String operation(Exchange exchange) {
        return AmazonCall.operation(exchange);
    }
}
