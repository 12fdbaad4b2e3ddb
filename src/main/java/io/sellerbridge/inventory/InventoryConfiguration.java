package io.sellerbridge.inventory;

import io.sellerbridge.checkpoint.Checkpoints;
import io.sellerbridge.checkpoint.WindowPlanner;
import io.sellerbridge.config.Beans;
import io.sellerbridge.config.Settings;
import io.sellerbridge.ratelimit.OperationQuota;
import io.sellerbridge.ratelimit.RateLimits;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;

import java.time.Clock;
import java.time.Duration;

/**
 * The FBA inventory stream ({@code spapi.inventory.*}, routes/spapi-inventory.camel.yaml): getInventorySummaries
 * scans per seller and marketplace, full or changed since the last scan.
 */
public class InventoryConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) {
        Settings settings = Settings.of(context);
        Registry registry = context.getRegistry();
        Clock clock = Beans.clock(context);
        if (settings.bool("spapi.inventory.enabled")) {
            settings.cron("spapi.inventory.schedule");
        }
        Beans.lookup(context, "rateLimits", RateLimits.class)
                .add(OperationQuota.read(settings, "getInventorySummaries", "spapi.inventory.get-inventory-summaries"));
        Duration maxTokenAge = settings.duration("spapi.inventory.next-token-max-age", Duration.ofMillis(1),
                Duration.ofSeconds(30), "must be above zero and under PT30S: Amazon's nextToken expires 30 s after it was issued");
        registry.bind("inventoryRequests", new InventoryRequests(clock, maxTokenAge));
        registry.bind("inventoryPages", new InventoryPages(clock));
        registry.bind("spapiInventory", new SpApiInventory());
        // a scan reads up to now: no end lag; full scans have no start, so no first-run span either
        WindowPlanner planner = new WindowPlanner(clock, Duration.ZERO, settings.duration("spapi.inventory.look-back"),
                Duration.ZERO, null);
        registry.bind("inventoryScans", new InventoryScans(planner, Beans.lookup(context, "checkpoints", Checkpoints.class),
                settings.duration("spapi.inventory.full-scan-every"), settings.positiveInt("spapi.inventory.max-restarts")));
    }
}
