package io.sellerbridge.spapi;

import io.sellerbridge.amazon.SellerRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Puts the seller's LWA access token on the outgoing SP-API request as {@code x-amz-access-token}, the only header
 * SP-API reads it from, or its Restricted Data Token where the call takes one ({@link RestrictedDataTokens}). A
 * seller whose credentials LWA refuses is stopped; the others go on.
 */
public class LwaAccessTokenProcessor implements Processor {

    public static final String HEADER = "x-amz-access-token";

    private final LwaTokenCache cache;
    private final RestrictedDataTokens restricted;
    private final SellerRegistry<SpApiSeller> sellers;

    public LwaAccessTokenProcessor(LwaTokenCache cache, RestrictedDataTokens restricted,
                                   SellerRegistry<SpApiSeller> sellers) {
        this.cache = cache;
        this.restricted = restricted;
        this.sellers = sellers;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        SpApiSeller seller = SpApiSeller.of(exchange);
        java.util.Optional<String> restrictedDataToken = restricted.tokenFor(seller, exchange);
        if (restrictedDataToken.isPresent()) {
            exchange.getMessage().setHeader(HEADER, restrictedDataToken.get());
            return;
        }
        try {
            exchange.getMessage().setHeader(HEADER, cache.accessToken(seller));
            sellers.tokenObtained(seller);
        } catch (LwaAuthorizationException e) {
            sellers.stop(seller, e.getMessage());
            throw e;
        } catch (LwaUnavailableException e) {
            sellers.tokenUnavailable(seller, e.getMessage());
            throw e;
        }
    }
}
