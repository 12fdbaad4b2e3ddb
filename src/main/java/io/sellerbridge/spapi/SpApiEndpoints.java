package io.sellerbridge.spapi;

import io.sellerbridge.amazon.SellingRegion;
import io.sellerbridge.config.ConfigurationException;
import io.sellerbridge.config.Settings;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.util.EnumMap;
import java.util.Map;

/**
 * Where each selling region's SP-API calls go: {@code spapi.endpoint.na|eu|fe} (Amazon's hosts by default, its
 * sandbox hosts with {@code spapi.sandbox = true}), or {@code spapi.endpoint} for every region (one simulator).
 */
public final class SpApiEndpoints implements Processor {

    /** The exchange property holding the seller's endpoint. */
    public static final String PROPERTY = "spapiEndpoint";

    private final Map<SellingRegion, String> endpoints;

    SpApiEndpoints(Map<SellingRegion, String> endpoints) {
        this.endpoints = Map.copyOf(endpoints);
    }

    public static SpApiEndpoints read(Settings settings) {
        boolean sandbox = settings.bool("spapi.sandbox");
        boolean oneForAll = SellingRegion.oneForAll(settings, "spapi.endpoint");
        Map<SellingRegion, String> endpoints = new EnumMap<>(SellingRegion.class);
        for (SellingRegion region : SellingRegion.values()) {
            String key = oneForAll ? "spapi.endpoint" : region.keyUnder("spapi.endpoint");
            endpoints.put(region, settings.optional(key).isPresent() ? hostOnly(settings, key)
                    : sandbox ? region.sandboxEndpoint() : region.endpoint());
        }
        return new SpApiEndpoints(endpoints);
    }

    /**
     * An endpoint is scheme, host and port: each call sets its own path, which camel-http would put after a path
     * here, where Amazon serves none.
     */
    private static String hostOnly(Settings settings, String key) {
        java.net.URI uri = settings.httpUrl(key);
        if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !"/".equals(uri.getRawPath())) {
            throw new ConfigurationException(key, "must be scheme, host and port only (each call sets its path), was '"
                    + uri + "'");
        }
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    public String of(SellingRegion region) {
        return endpoints.get(region);
    }

    /** The endpoint of the exchange's seller in {@link #PROPERTY}, for the call route's toD. */
    @Override
    public void process(Exchange exchange) {
        exchange.setProperty(PROPERTY, of(SpApiSeller.of(exchange).region()));
    }
}
