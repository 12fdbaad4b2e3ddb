package io.sellerbridge.spapi;

import io.sellerbridge.amazon.SellerRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.util.Optional;

/**
 * Puts the seller's LWA access token on the outgoing SP-API request as {@code x-amz-access-token}, the only header
 * SP-API reads it from, or its Restricted Data Token where the call takes one ({@link RestrictedDataTokens}), or its
 * application's grantless token for an operation no seller authorises ({@link GrantlessTokens}). A seller whose
 * credentials LWA refuses is stopped; the others go on. A refused grantless token stops nobody: it fails that call.
 */
public class LwaAccessTokenProcessor implements Processor {

    public static final String HEADER = "x-amz-access-token";

    private final LwaTokenCache cache;
    private final RestrictedDataTokens restricted;
    private final GrantlessTokens grantless;
    private final SellerRegistry<SpApiSeller> sellers;

    public LwaAccessTokenProcessor(LwaTokenCache cache, RestrictedDataTokens restricted, GrantlessTokens grantless,
                                   SellerRegistry<SpApiSeller> sellers) {
        this.cache = cache;
        this.restricted = restricted;
        this.grantless = grantless;
        this.sellers = sellers;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        SpApiSeller seller = SpApiSeller.of(exchange);
        Optional<String> special = restricted.tokenFor(seller, exchange);
        if (special.isEmpty()) {
            special = grantless.tokenFor(seller, exchange);
        }
        if (special.isPresent()) {
            exchange.getMessage().setHeader(HEADER, special.get());
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
