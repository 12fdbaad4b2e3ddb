package io.sellerbridge.catalog;

import io.sellerbridge.amazon.SellerRegistry;
import io.sellerbridge.config.Beans;
import io.sellerbridge.config.ConfigurationException;
import io.sellerbridge.config.Settings;
import io.sellerbridge.ratelimit.OperationQuota;
import io.sellerbridge.ratelimit.RateLimits;
import io.sellerbridge.spapi.SpApiSeller;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The catalog stream ({@code spapi.catalog.*}, routes/spapi-catalog.camel.yaml): getCatalogItem for the ASINs of
 * published orders and the configured ones, each at most once per TTL.
 */
public class CatalogConfiguration implements CamelConfiguration {

    /** Amazon's includedData values (catalogItems_2022-04-01.json); a typo would make every call a 400. */
    private static final Set<String> INCLUDED_DATA = Set.of("attributes", "classifications", "dimensions",
            "identifiers", "images", "productTypes", "relationships", "salesRanks", "summaries", "vendorDetails");

    @Override
    public void configure(CamelContext context) {
        Settings settings = Settings.of(context);
        Registry registry = context.getRegistry();
        Clock clock = Beans.clock(context);
        if (settings.bool("spapi.catalog.enabled")) {
            settings.cron("spapi.catalog.schedule");
            settings.required("spapi.catalog.consumer-group");
        }
        Beans.lookup(context, "rateLimits", RateLimits.class)
                .add(OperationQuota.read(settings, "getCatalogItem", "spapi.catalog.get-catalog-item"));
        @SuppressWarnings("unchecked")
        SellerRegistry<SpApiSeller> sellers = Beans.lookup(context, "sellers", SellerRegistry.class);
        registry.bind("catalogAsks", new CatalogAsks(sellers, settings.optionalList("spapi.catalog.asins"),
                new RecentlyFetched(clock, settings.duration("spapi.catalog.ttl"))));
        registry.bind("catalogRequests", new CatalogRequests(includedData(settings)));
        registry.bind("spapiCatalog", new SpApiCatalog(clock));
    }

    private static List<String> includedData(Settings settings) {
        List<String> asked = settings.list("spapi.catalog.included-data");
        for (String value : asked) {
            if (!INCLUDED_DATA.contains(value)) {
                throw new ConfigurationException("spapi.catalog.included-data",
                        "'" + value + "' is not one of " + new TreeSet<>(INCLUDED_DATA));
            }
        }
        if (!asked.contains("summaries")) {
            throw new ConfigurationException("spapi.catalog.included-data", "must include summaries (item name, brand, ...)");
        }
        return asked;
    }
}
