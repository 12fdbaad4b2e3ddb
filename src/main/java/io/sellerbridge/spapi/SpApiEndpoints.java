package io.sellerbridge.spapi;

import io.sellerbridge.amazon.SellingRegion;
import io.sellerbridge.config.Settings;
import org.apache.camel.Exchange;

import java.util.EnumMap;
import java.util.Map;

/**
 * Where each selling region's SP-API calls go: {@code spapi.endpoint.na|eu|fe} (Amazon's hosts by default, its
 * sandbox hosts with {@code spapi.sandbox = true}), or {@code spapi.endpoint} for every region (one simulator).
 */
public final class SpApiEndpoints {

    private final Map<SellingRegion, String> endpoints;

    SpApiEndpoints(Map<SellingRegion, String> endpoints) {
        this.endpoints = Map.copyOf(endpoints);
    }

    public static SpApiEndpoints read(Settings settings) {
        boolean sandbox = settings.bool("spapi.sandbox");
        boolean oneForAll = settings.optional("spapi.endpoint").isPresent();
        Map<SellingRegion, String> endpoints = new EnumMap<>(SellingRegion.class);
        for (SellingRegion region : SellingRegion.values()) {
            String key = oneForAll ? "spapi.endpoint" : "spapi.endpoint." + region.key();
            endpoints.put(region, settings.optional(key).isPresent() ? settings.httpUrl(key).toString()
                    : sandbox ? region.sandboxEndpoint() : region.endpoint());
        }
        return new SpApiEndpoints(endpoints);
    }

    public String of(SellingRegion region) {
        return endpoints.get(region);
    }

    /** The endpoint of the exchange's seller, for the call route's toD. */
    public String forSeller(Exchange exchange) {
        return of(SpApiSeller.of(exchange).region());
    }
}
