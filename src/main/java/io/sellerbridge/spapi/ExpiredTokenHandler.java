package io.sellerbridge.spapi;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Runs when SP-API answers 403 "The access token you provided has expired": drops the cached token so the one
 * redelivery fetches a new one. Amazon can expire a token before its {@code expires_in}. A Restricted Data Token is
 * only fetched before a getOrders page: a getOrders call whose RDT expired fails, and the window is read again.
 */
public class ExpiredTokenHandler implements Processor {

    private final LwaTokenCache cache;
    private final RestrictedDataTokens restricted;
    private final GrantlessTokens grantless;

    public ExpiredTokenHandler(LwaTokenCache cache, RestrictedDataTokens restricted, GrantlessTokens grantless) {
        this.cache = cache;
        this.restricted = restricted;
        this.grantless = grantless;
    }

    /**
     * The LWA token goes, and the RDT or grantless token too if the call was made with one: which one expired, Amazon
     * does not say.
     */
    @Override
    public void process(Exchange exchange) {
        cache.invalidate(SpApiSeller.of(exchange));
        restricted.invalidate(SpApiSeller.of(exchange), exchange);
        grantless.invalidate(SpApiSeller.of(exchange), exchange);
    }
}
