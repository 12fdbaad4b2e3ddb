package io.sellerbridge.demo;

import io.sellerbridge.sandbox.AmazonSandbox;
import io.sellerbridge.sandbox.SandboxSeller;
import io.sellerbridge.testing.BundleUnderTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The demo's streams besides orders: a report backfill, catalog items, FBA inventory; each switched by a property. */
record DemoStreams(boolean backfill, boolean catalog, boolean inventory) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static DemoStreams fromSystemProperties(boolean mws) {
        // the backfill hands over to SP-API getOrders; with MWS polling there is nothing to hand over to
        return new DemoStreams(!mws && on("demo.backfill"), on("demo.catalog"), on("demo.inventory"));
    }

    private static boolean on(String property) {
        return Boolean.parseBoolean(System.getProperty(property, "true"));
    }

    void configure(BundleUnderTest bundle) {
        if (backfill) {
            bundle.set("spapi.reports.orders.enabled", "true")
                    .set("spapi.reports.backfill.from", Instant.now().minus(Duration.ofDays(21)).truncatedTo(ChronoUnit.DAYS).toString())
                    .set("spapi.reports.orders.schedule", "0/5 * * * * ?");
            System.out.println("[demo] backfill: orders of the last 21 days through the Reports API "
                    + "(GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL), then getOrders takes over");
        }
        if (catalog) {
            bundle.set("spapi.catalog.enabled", "true");
            System.out.println("[demo] catalog: getCatalogItem for every ASIN of the published orders -> amazon.products.v1");
        }
        if (inventory) {
            bundle.set("spapi.inventory.enabled", "true").set("spapi.inventory.schedule", "0/10 * * * * ?");
            System.out.println("[demo] inventory: getInventorySummaries for every seller and marketplace -> amazon.inventory.v1");
        }
    }

    /** Products the catalog stream can publish: each ordered ASIN in its order's marketplace, when Amazon lists it there. */
    static int expectedProducts(AmazonSandbox sandbox, List<SandboxSeller> sellers) {
        Set<String> keys = new HashSet<>();
        for (SandboxSeller seller : sellers) {
            for (JsonNode order : sandbox.data().orders(seller.sellerId())) {
                String marketplaceId = order.get("MarketplaceId").asText();
                for (JsonNode item : sandbox.data().items(order.get("AmazonOrderId").asText())) {
                    String asin = item.get("ASIN").asText();
                    if (sandbox.catalog().listed(asin, marketplaceId)) {
                        keys.add(seller.sellerId() + ":" + marketplaceId + ":" + asin);
                    }
                }
            }
        }
        return keys.size();
    }

    static int expectedLevels(AmazonSandbox sandbox, List<SandboxSeller> sellers) {
        return sellers.stream().mapToInt(s -> s.marketplaceIds().stream()
                .mapToInt(mp -> sandbox.inventory().summaries(s.sellerId(), mp).size()).sum()).sum();
    }

    static void summary(List<ConsumerRecord<String, String>> products, int expectedProducts,
                        List<ConsumerRecord<String, String>> levels, int expectedLevels) throws Exception {
        if (expectedProducts > 0) {
            System.out.printf("%n==== What reached amazon.products.v1 ====%nproducts: %d records, %d distinct (expected %d)%n",
                    products.size(), Demo.distinctKeys(products), expectedProducts);
            sample(products);
        }
        if (expectedLevels > 0) {
            System.out.printf("%n==== What reached amazon.inventory.v1 ====%nlevels: %d records, %d distinct SKUs (expected %d)%n",
                    levels.size(), Demo.distinctKeys(levels), expectedLevels);
            sample(levels);
        }
    }

    private static void sample(List<ConsumerRecord<String, String>> records) throws Exception {
        if (!records.isEmpty()) {
            ConsumerRecord<String, String> r = records.get(0);
            System.out.println("sample record  key=" + r.key());
            System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(Demo.value(r)));
        }
    }
}
