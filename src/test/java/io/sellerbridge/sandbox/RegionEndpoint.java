package io.sellerbridge.sandbox;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What makes a listener of the sandbox one selling region's endpoint (sellingpartnerapi-na, -eu, -fe): a request that
 * names a marketplace of another region in its query ({@code MarketplaceIds}, {@code marketplaceIds}) is refused with
 * 400 InvalidInput, as that region's endpoint does not serve it; and the requests it served are counted. MWS names its
 * marketplaces in the signed form body, so the region is left on the exchange ({@link #ATTRIBUTE}) for
 * {@link MwsEndpoint} to check.
 */
final class RegionEndpoint extends Filter {

    /** The exchange attribute naming the region whose endpoint received the request; absent at the global one. */
    static final String ATTRIBUTE = "sandbox.region";

    private final String region;
    private final AtomicLong requests = new AtomicLong();

    RegionEndpoint(String region) {
        this.region = region;
    }

    long requests() {
        return requests.get();
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        requests.incrementAndGet();
        exchange.setAttribute(ATTRIBUTE, region);
        QueryParams query = QueryParams.parse(exchange.getRequestURI().getRawQuery());
        for (String name : List.of("MarketplaceIds", "marketplaceIds")) {
            String ids = query.first(name);
            if (ids == null) {
                continue;
            }
            String foreign = Arrays.stream(ids.split(",")).filter(id -> !SellingRegions.isIn(id, region))
                    .findFirst().orElse(null);
            if (foreign != null) {
                try (exchange) {
                    Reply.invalidInput("Invalid marketplace " + foreign + " for the " + region + " endpoint")
                            .send(exchange);
                }
                return;
            }
        }
        chain.doFilter(exchange);
    }

    @Override
    public String description() {
        return "the " + region + " endpoint's marketplaces";
    }
}
