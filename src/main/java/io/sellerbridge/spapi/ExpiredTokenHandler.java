package io.sellerbridge.spapi;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Runs when SP-API answers 403 "The access token you provided has expired": drops the cached token so the one
 * redelivery fetches a new one. Amazon can expire a token before its {@code expires_in}.
 */
public class ExpiredTokenHandler implements Processor {

    private final LwaTokenCache cache;

    public ExpiredTokenHandler(LwaTokenCache cache) {
        this.cache = cache;
    }

    @Override
    public void process(Exchange exchange) {
        cache.invalidate(SpApiSeller.of(exchange));
    }
}
