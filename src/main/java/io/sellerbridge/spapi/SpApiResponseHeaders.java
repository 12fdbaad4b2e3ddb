package io.sellerbridge.spapi;

import org.apache.camel.Exchange;
import org.apache.camel.http.base.HttpHeaderFilterStrategy;

/**
 * The headers camel-http copies from a 2xx SP-API answer onto the message: only the rate Amazon reports
 * ({@value SpApiResponseReader#RATE_LIMIT_HEADER}), the one {@link SpApiResponseReader} reads before it drops them all.
 * Copying the others (each matched against camel-http's filter, then set in a case-insensitive map) was about 3 % of
 * the CPU samples of a many-sellers run. Requests are filtered as camel-http's own strategy does; an error's headers reach its exception
 * unfiltered.
 */
public final class SpApiResponseHeaders extends HttpHeaderFilterStrategy {

    @Override
    public boolean applyFilterToExternalHeaders(String headerName, Object headerValue, Exchange exchange) {
        return !SpApiResponseReader.RATE_LIMIT_HEADER.equalsIgnoreCase(headerName);
    }
}
