package io.sellerbridge.sandbox;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A flat-file all-orders document of exactly {@code rows} data rows, for memory benchmarks: orders of one to three
 * items with valid values, a pure function of (seed, seller), generated row by row while it is written, so its size
 * never reaches memory. Order ids are numbered, so they never repeat however many rows are asked for. Like every
 * orders report it spans the region: each order is in one of the seller's marketplaces there, drawn at random.
 */
final class SyntheticOrderReport implements ReportDocumentContent {

    private static final String[] STATUSES = {"Shipped", "Shipped", "Shipped", "Unshipped", "Pending", "Cancelled"};

    private final long rows;
    private final long seed;
    private final List<Marketplace> marketplaces;
    private final Instant start;
    private final Instant end;

    SyntheticOrderReport(long rows, long seed, List<Marketplace> marketplaces, Instant start, Instant end) {
        this.rows = rows;
        this.seed = seed;
        this.marketplaces = List.copyOf(marketplaces);
        this.start = start;
        this.end = end;
    }

    @Override
    public String mediaType() {
        return "text/plain";
    }

    @Override
    public long dataRows() {
        return rows;
    }

    @Override
    public void write(Out out) throws IOException {
        out.text(FlatFileOrderReport.header());
        SplittableRandom rnd = new SplittableRandom(seed);
        long spanSeconds = Math.max(1, end.getEpochSecond() - start.getEpochSecond());
        long written = 0;
        for (long order = 0; written < rows; order++) {
            Marketplace marketplace = marketplaces.get(rnd.nextInt(marketplaces.size()));
            Map<String, String> cells = order(rnd, marketplace, order, spanSeconds);
            long items = Math.min(1 + rnd.nextInt(3), rows - written);
            for (int i = 0; i < items; i++) {
                item(rnd, marketplace, cells);
                written++;
                if (!out.row(FlatFileOrderReport.line(cells))) {
                    return;
                }
            }
        }
    }

    @Override
    public String corrupt(String row) {
        return row.substring(0, row.lastIndexOf('\t')) + FlatFileOrderReport.LINE_END;
    }

    private Map<String, String> order(SplittableRandom rnd, Marketplace marketplace, long number, long spanSeconds) {
        Instant updated = end.minusSeconds(rnd.nextLong(spanSeconds));
        String id = marketplace.orderIdPrefixes().get(0) + "-" + sevenDigits(number % 10_000_000)
                + "-" + sevenDigits(number / 10_000_000 * 1_000 + rnd.nextInt(1_000));
        boolean afn = rnd.nextBoolean();
        Marketplace.City city = marketplace.cities().get(rnd.nextInt(marketplace.cities().size()));
        Map<String, String> c = new HashMap<>();
        c.put("amazon-order-id", id);
        c.put("merchant-order-id", id);
        c.put("purchase-date", ReportTimes.format(updated.minusSeconds(rnd.nextInt(86_400))));
        c.put("last-updated-date", ReportTimes.format(updated));
        c.put("order-status", STATUSES[rnd.nextInt(STATUSES.length)]);
        c.put("fulfillment-channel", afn ? "Amazon" : "Merchant");
        c.put("sales-channel", marketplace.salesChannel());
        c.put("ship-service-level", afn ? "Standard" : marketplace.mfnServiceLevel());
        c.put("ship-city", city.city());
        c.put("ship-state", city.stateOrRegion());
        c.put("ship-postal-code", city.postalCode());
        c.put("ship-country", marketplace.countryCode());
        c.put("is-business-order", Boolean.toString(rnd.nextInt(100) < 8));
        return c;
    }

    /** "%07d" without String.format, which costs more than the rest of an order's cells. */
    private static String sevenDigits(long n) {
        String digits = Long.toString(n);
        return "0000000".substring(Math.min(7, digits.length())) + digits;
    }

    /** Replaces the item cells of the order's row; Pending orders show no prices, as in Amazon's reports. */
    private void item(SplittableRandom rnd, Marketplace marketplace, Map<String, String> c) {
        SeedCatalog.Product p = SeedCatalog.PRODUCTS.get(rnd.nextInt(SeedCatalog.PRODUCTS.size()));
        int quantity = rnd.nextInt(10) < 8 ? 1 : 2;
        c.put("product-name", p.title());
        c.put("sku", p.sellerSku());
        c.put("asin", p.asin());
        c.put("quantity", Integer.toString(quantity));
        boolean pending = "Pending".equals(c.get("order-status"));
        c.put("item-status", "Shipped".equals(c.get("order-status")) ? "Shipped"
                : "Cancelled".equals(c.get("order-status")) ? "Cancelled" : "Unshipped");
        BigDecimal price = p.usdPrice().multiply(marketplace.usdRate())
                .setScale(marketplace.currencyScale(), RoundingMode.HALF_UP).multiply(BigDecimal.valueOf(quantity));
        BigDecimal tax = price.multiply(marketplace.taxRate()).setScale(marketplace.currencyScale(), RoundingMode.HALF_UP);
        String zero = BigDecimal.ZERO.setScale(marketplace.currencyScale()).toPlainString();
        c.put("currency", pending ? null : marketplace.currency());
        c.put("item-price", pending ? null : price.toPlainString());
        c.put("item-tax", pending ? null : tax.toPlainString());
        c.put("shipping-price", pending ? null : zero);
        c.put("shipping-tax", pending ? null : zero);
        c.put("item-promotion-discount", pending ? null : zero);
        c.put("ship-promotion-discount", pending ? null : zero);
    }
}
