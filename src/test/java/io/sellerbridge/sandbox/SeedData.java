package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Fills {@link SandboxData} with {@code orderCount} orders per seller. Everything except the dates is
 * a pure function of (seed, sellerId); dates are relative to the start time so that every seeded
 * LastUpdateDate lies in [start - history, start - 5 min].
 */
final class SeedData {

    static final Duration NEWEST_UPDATE_AGE = Duration.ofMinutes(5);

    // ~10 % Pending, some Canceled, mostly Shipped; rare statuses stay rare
    private static final String[] STATUSES = {"Pending", "Canceled", "Unshipped", "PartiallyShipped", "Shipped",
        "PendingAvailability", "Unfulfillable", "InvoiceUnconfirmed"};
    private static final int[] WEIGHTS = {10, 7, 18, 4, 55, 2, 2, 2};

    /** Share of orders with more items than one getOrderItems page. */
    private static final double LARGE_ORDER_SHARE = 0.03;

    private final SandboxOptions options;
    private final Instant now;
    private final IdSource ids = new IdSource();
    private final SeedItems seedItems = new SeedItems(ids);

    private SeedData(SandboxOptions options, Instant now) {
        this.options = options;
        this.now = now.truncatedTo(ChronoUnit.SECONDS);
    }

    static SandboxData generate(SandboxOptions options, Instant now) {
        SandboxData data = new SandboxData();
        SeedData seeder = new SeedData(options, now);
        for (SandboxSeller seller : options.sellers()) {
            seeder.seed(seller, data);
        }
        return data;
    }

    private void seed(SandboxSeller seller, SandboxData data) {
        SplittableRandom rnd = new SplittableRandom(options.seed() * 0x9E3779B97F4A7C15L + seller.sellerId().hashCode());
        int n = options.orderCount();
        Set<Integer> large = largeOrders(rnd, n);
        List<String> earlierIds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Marketplace m = Marketplace.of(seller.marketplaceIds().get(rnd.nextInt(seller.marketplaceIds().size())));
            String status = pick(rnd);
            boolean afn = "Unfulfillable".equals(status) || rnd.nextInt(100) < 50; // Unfulfillable is FBA-only
            int lines = large.contains(i)
                    ? (int) Math.ceil(2.5 * options.itemsPageSize())
                    : 1 + rnd.nextInt(3);
            SeedItems.Lines items = seedItems.generate(rnd, m, status, afn, lines, large.contains(i));
            ObjectNode order = order(rnd, m, status, afn, items, earlierIds);
            earlierIds.add(order.get("AmazonOrderId").asText());
            data.put(seller.sellerId(), order, items.items());
        }
    }

    /** Exactly round(3 %) of the orders, at least one, so items paging always has something to page. */
    private static Set<Integer> largeOrders(SplittableRandom rnd, int n) {
        Set<Integer> large = new TreeSet<>();
        int wanted = n == 0 ? 0 : Math.max(1, (int) Math.round(n * LARGE_ORDER_SHARE));
        while (large.size() < wanted) {
            large.add(rnd.nextInt(n));
        }
        return large;
    }

    private ObjectNode order(SplittableRandom rnd, Marketplace m, String status, boolean afn,
                             SeedItems.Lines items, List<String> earlierIds) {
        boolean pending = "Pending".equals(status);
        long spanSeconds = Math.max(0, options.history().minus(NEWEST_UPDATE_AGE).toSeconds());
        Instant lastUpdate = now.minus(NEWEST_UPDATE_AGE).minusSeconds(spanSeconds == 0 ? 0 : rnd.nextLong(spanSeconds + 1));
        // Pending orders are young; others were bought up to three days before their last update
        Instant purchase = lastUpdate.minusSeconds(rnd.nextLong(pending ? 3_600 : 3 * 86_400));
        String amazonOrderId = ids.amazonOrderId(rnd, m);
        String[] level = serviceLevel(rnd, m, afn);
        String paymentMethod = paymentMethod(rnd, m);
        boolean replacement = !pending && !earlierIds.isEmpty() && rnd.nextInt(100) < 2;

        ObjectNode o = Json.object();
        o.put("AmazonOrderId", amazonOrderId);
        o.put("SellerOrderId", !afn && rnd.nextInt(100) < 30 ? "SBX-" + ids.digits(rnd, 8) : amazonOrderId);
        o.put("PurchaseDate", IsoTimes.format(purchase));
        o.put("LastUpdateDate", IsoTimes.format(lastUpdate));
        o.put("OrderStatus", status);
        o.put("FulfillmentChannel", afn ? "AFN" : "MFN");
        o.put("SalesChannel", m.salesChannel());
        o.put("ShipServiceLevel", level[0]);
        if (items.orderTotal() != null) {
            o.set("OrderTotal", Json.money(m.currency(), items.orderTotal()));
        }
        o.put("NumberOfItemsShipped", items.unitsShipped());
        o.put("NumberOfItemsUnshipped", items.unitsUnshipped());
        o.put("PaymentMethod", paymentMethod);
        o.putArray("PaymentMethodDetails").add(switch (paymentMethod) {
            case "COD" -> "COD";
            case "CVS" -> "ConvenienceStore";
            default -> "Standard";
        });
        o.put("IsReplacementOrder", replacement);
        if (replacement) {
            o.put("ReplacedOrderId", earlierIds.get(rnd.nextInt(earlierIds.size())));
        }
        o.put("MarketplaceId", m.id());
        o.put("ShipmentServiceLevelCategory", level[1]);
        o.put("OrderType", "PendingAvailability".equals(status) ? "Preorder" : "StandardOrder");
        o.put("EarliestShipDate", IsoTimes.format(purchase.plus(Duration.ofHours(2))));
        o.put("LatestShipDate", IsoTimes.format(purchase.plus(Duration.ofDays(2))));
        o.put("EarliestDeliveryDate", IsoTimes.format(purchase.plus(Duration.ofDays(3))));
        o.put("LatestDeliveryDate", IsoTimes.format(purchase.plus(Duration.ofDays(7))));
        o.put("IsBusinessOrder", rnd.nextInt(100) < 8);
        o.put("IsPrime", !afn && rnd.nextInt(100) < 20); // the model's IsPrime means seller-fulfilled Prime
        o.put("IsGlobalExpressEnabled", false);
        o.put("IsPremiumOrder", rnd.nextInt(100) < 3);
        o.put("IsSoldByAB", false);
        o.put("IsIBA", false);
        o.put("IsISPU", false);
        o.put("IsAccessPointOrder", rnd.nextInt(100) < 2);
        o.put("HasRegulatedItems", false);
        if (!afn) {
            o.putObject("AutomatedShippingSettings").put("HasAutomatedShippingSettings", false);
        }
        if (!pending) { // no address or buyer before payment is authorised
            Marketplace.City city = m.cities().get(rnd.nextInt(m.cities().size()));
            ObjectNode address = o.putObject("ShippingAddress");
            address.put("City", city.city());
            address.put("StateOrRegion", city.stateOrRegion());
            address.put("PostalCode", city.postalCode());
            address.put("CountryCode", m.countryCode());
            ObjectNode buyer = o.putObject("BuyerInfo");
            buyer.put("BuyerEmail", ids.alphanumeric(rnd, 14) + "@marketplace.amazon." + m.emailDomain());
            // restricted: SP-API serves these only with a Restricted Data Token (RestrictedFields), MWS always
            BuyerPii.add(amazonOrderId, buyer, address);
        }
        return o;
    }

    /** [ShipServiceLevel, ShipmentServiceLevelCategory]. */
    private static String[] serviceLevel(SplittableRandom rnd, Marketplace m, boolean afn) {
        int r = rnd.nextInt(100);
        if (afn) {
            return r < 75 ? new String[] {"Standard", "Standard"}
                    : r < 92 ? new String[] {"Expedited", "Expedited"} : new String[] {"NextDay", "NextDay"};
        }
        return r < 85 ? new String[] {m.mfnServiceLevel(), "Standard"}
                : new String[] {"Exp " + m.countryCode() + " D2D Dom", "Expedited"};
    }

    private static String paymentMethod(SplittableRandom rnd, Marketplace m) {
        if ("JP".equals(m.countryCode())) { // cash on delivery and convenience-store payment are Japanese
            int r = rnd.nextInt(100);
            return r < 10 ? "COD" : r < 15 ? "CVS" : "Other";
        }
        return "Other";
    }

    private static String pick(SplittableRandom rnd) {
        int r = rnd.nextInt(100);
        for (int i = 0; i < STATUSES.length; i++) {
            r -= WEIGHTS[i];
            if (r < 0) {
                return STATUSES[i];
            }
        }
        return "Shipped";
    }
}
