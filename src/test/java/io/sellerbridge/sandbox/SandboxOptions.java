package io.sellerbridge.sandbox;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Sandbox settings. Every setter returns a modified copy, so a shared {@code defaults()} value can
 * never be changed behind another test's back: {@code SandboxOptions.defaults().timeScale(100).orderCount(500)}.
 */
public final class SandboxOptions {

    private final int port;
    private final double timeScale;
    private final long seed;
    private final int orderCount;
    private final int itemsPageSize;
    private final Duration history;
    private final Duration tokenTtl;
    private final List<SandboxSeller> sellers;
    private final Map<String, OperationRate> rates;
    private final InventorySettings inventory;
    private final ReportSettings reports;

    /** The FBA Inventory API's paging settings, kept together so the constructor grows by one argument only. */
    private record InventorySettings(Duration tokenTtl, int pageSize, int extraSkus) {
        static final InventorySettings DEFAULTS = new InventorySettings(Duration.ofSeconds(30), 50, 0);
    }

    /** The Reports API's settings, kept together for the same reason. */
    private record ReportSettings(Duration processingTime, Duration documentTtl, Charset charset,
                                  long syntheticOrderRows) {
        static final ReportSettings DEFAULTS = new ReportSettings(Duration.ofSeconds(3), Duration.ofMinutes(5),
                StandardCharsets.UTF_8, 0);
    }

    private SandboxOptions(int port, double timeScale, long seed, int orderCount, int itemsPageSize,
                           Duration history, Duration tokenTtl, List<SandboxSeller> sellers,
                           Map<String, OperationRate> rates, InventorySettings inventory, ReportSettings reports) {
        this.port = port;
        this.timeScale = timeScale;
        this.seed = seed;
        this.orderCount = orderCount;
        this.itemsPageSize = itemsPageSize;
        this.history = history;
        this.tokenTtl = tokenTtl;
        this.sellers = sellers;
        this.rates = rates;
        this.inventory = inventory;
        this.reports = reports;
    }

    /** Random port, real-time buckets, seed 42, 50 orders per seller, 20 items per page, 30 days, 1 h tokens. */
    public static SandboxOptions defaults() {
        return new SandboxOptions(0, 1.0, 42L, 50, 20, Duration.ofDays(30), Duration.ofSeconds(3600),
                List.of(SandboxSeller.DEFAULT), Map.copyOf(Operations.DEFAULT_RATES),
                InventorySettings.DEFAULTS, ReportSettings.DEFAULTS);
    }

    public SandboxOptions port(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        return new SandboxOptions(port, timeScale, seed, orderCount, itemsPageSize, history, tokenTtl, sellers, rates,
                inventory, reports);
    }

    /** Multiplies every bucket's refill rate (and the advertised x-amzn-RateLimit-Limit); nothing else is scaled. */
    public SandboxOptions timeScale(double timeScale) {
        if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
            throw new IllegalArgumentException("timeScale must be positive, was " + timeScale);
        }
        return new SandboxOptions(port, timeScale, seed, orderCount, itemsPageSize, history, tokenTtl, sellers, rates,
                inventory, reports);
    }

    public SandboxOptions seed(long seed) {
        return new SandboxOptions(port, timeScale, seed, orderCount, itemsPageSize, history, tokenTtl, sellers, rates,
                inventory, reports);
    }

    /** Orders generated per seller. */
    public SandboxOptions orderCount(int orderCount) {
        if (orderCount < 0) {
            throw new IllegalArgumentException("orderCount must be >= 0, was " + orderCount);
        }
        return new SandboxOptions(port, timeScale, seed, orderCount, itemsPageSize, history, tokenTtl, sellers, rates,
                inventory, reports);
    }

    public SandboxOptions itemsPageSize(int itemsPageSize) {
        if (itemsPageSize < 1) {
            throw new IllegalArgumentException("itemsPageSize must be >= 1, was " + itemsPageSize);
        }
        return new SandboxOptions(port, timeScale, seed, orderCount, itemsPageSize, history, tokenTtl, sellers, rates,
                inventory, reports);
    }

    /** Seeded LastUpdateDate values fall in [start - history, start - 5 min]. */
    public SandboxOptions history(Duration history) {
        if (history == null || history.isNegative()) {
            throw new IllegalArgumentException("history must be >= 0, was " + history);
        }
        return new SandboxOptions(port, timeScale, seed, orderCount, itemsPageSize, history, tokenTtl, sellers, rates,
                inventory, reports);
    }

    /** Access-token lifetime in real time (not scaled); expires_in reports it in whole seconds. */
    public SandboxOptions tokenTtl(Duration tokenTtl) {
        if (tokenTtl == null || tokenTtl.isNegative() || tokenTtl.isZero()) {
            throw new IllegalArgumentException("tokenTtl must be positive, was " + tokenTtl);
        }
        return new SandboxOptions(port, timeScale, seed, orderCount, itemsPageSize, history, tokenTtl, sellers, rates,
                inventory, reports);
    }

    public SandboxOptions sellers(List<SandboxSeller> sellers) {
        List<SandboxSeller> copy = List.copyOf(sellers);
        validate(copy);
        return new SandboxOptions(port, timeScale, seed, orderCount, itemsPageSize, history, tokenTtl, copy, rates,
                inventory, reports);
    }

    /**
     * Overrides one operation's usage plan (before timeScale): an SP-API operation, or the MWS bucket
     * "ListOrders" (shared with ListOrdersByNextToken), "ListOrderItems" (shared with ...ByNextToken), "GetOrder".
     */
    public SandboxOptions rate(String operation, double perSecond, int burst) {
        Map<String, OperationRate> copy = new HashMap<>(rates);
        copy.put(Operations.requireRateLimited(operation), new OperationRate(perSecond, burst));
        return new SandboxOptions(port, timeScale, seed, orderCount, itemsPageSize, history, tokenTtl, sellers,
                Map.copyOf(copy), inventory, reports);
    }

    /**
     * How long a getInventorySummaries nextToken stays usable after it was created, in real time (not scaled);
     * Amazon documents 30 seconds.
     */
    public SandboxOptions inventoryTokenTtl(Duration inventoryTokenTtl) {
        if (inventoryTokenTtl == null || inventoryTokenTtl.isNegative() || inventoryTokenTtl.isZero()) {
            throw new IllegalArgumentException("inventoryTokenTtl must be positive, was " + inventoryTokenTtl);
        }
        return new SandboxOptions(port, timeScale, seed, orderCount, itemsPageSize, history, tokenTtl, sellers, rates,
                new InventorySettings(inventoryTokenTtl, inventory.pageSize(), inventory.extraSkus()), reports);
    }

    /** Inventory summaries per getInventorySummaries page; Amazon pages by 50. */
    public SandboxOptions inventoryPageSize(int inventoryPageSize) {
        if (inventoryPageSize < 1) {
            throw new IllegalArgumentException("inventoryPageSize must be >= 1, was " + inventoryPageSize);
        }
        return new SandboxOptions(port, timeScale, seed, orderCount, itemsPageSize, history, tokenTtl, sellers, rates,
                new InventorySettings(inventory.tokenTtl(), inventoryPageSize, inventory.extraSkus()), reports);
    }

    /** Generated FBA SKUs per seller and marketplace on top of the catalog's products, to force many pages. */
    public SandboxOptions extraInventorySkus(int extraInventorySkus) {
        if (extraInventorySkus < 0) {
            throw new IllegalArgumentException("extraInventorySkus must be >= 0, was " + extraInventorySkus);
        }
        return new SandboxOptions(port, timeScale, seed, orderCount, itemsPageSize, history, tokenTtl, sellers, rates,
                new InventorySettings(inventory.tokenTtl(), inventory.pageSize(), extraInventorySkus), reports);
    }

    /**
     * How long a created report takes, in real time (not scaled): IN_QUEUE for the first half, IN_PROGRESS for the
     * second, then DONE (CANCELLED when no data matched, FATAL when {@link Faults#fatalNextReports} says so).
     */
    public SandboxOptions reportProcessingTime(Duration reportProcessingTime) {
        if (reportProcessingTime == null || reportProcessingTime.isNegative()) {
            throw new IllegalArgumentException("reportProcessingTime must be >= 0, was " + reportProcessingTime);
        }
        return new SandboxOptions(port, timeScale, seed, orderCount, itemsPageSize, history, tokenTtl, sellers, rates,
                inventory, new ReportSettings(reportProcessingTime, reports.documentTtl(), reports.charset(),
                        reports.syntheticOrderRows()));
    }

    /** How long a getReportDocument URL stays valid (X-Amz-Expires, whole seconds); Amazon documents 5 minutes. */
    public SandboxOptions reportDocumentTtl(Duration reportDocumentTtl) {
        if (reportDocumentTtl == null || reportDocumentTtl.toSeconds() < 1) {
            throw new IllegalArgumentException("reportDocumentTtl must be at least 1 s, was " + reportDocumentTtl);
        }
        return new SandboxOptions(port, timeScale, seed, orderCount, itemsPageSize, history, tokenTtl, sellers, rates,
                inventory, new ReportSettings(reports.processingTime(), reportDocumentTtl, reports.charset(),
                        reports.syntheticOrderRows()));
    }

    /**
     * The charset report documents are encoded in (Amazon's US files are often windows-1252, JP Shift_JIS);
     * characters it cannot encode come out as '?'. Named in the download's Content-Type.
     */
    public SandboxOptions reportCharset(Charset reportCharset) {
        return new SandboxOptions(port, timeScale, seed, orderCount, itemsPageSize, history, tokenTtl, sellers, rates,
                inventory, new ReportSettings(reports.processingTime(), reports.documentTtl(),
                        Objects.requireNonNull(reportCharset, "reportCharset"), reports.syntheticOrderRows()));
    }

    /**
     * When above 0, every flat-file orders report is a generated document of exactly that many data rows (orders of
     * one to three items), for memory benchmarks, written gzipped to a temporary file while the report is processed
     * ({@link RenderedDocument}); 0 serves the seeded orders.
     */
    public SandboxOptions syntheticOrderReportRows(long syntheticOrderReportRows) {
        if (syntheticOrderReportRows < 0) {
            throw new IllegalArgumentException("syntheticOrderReportRows must be >= 0, was " + syntheticOrderReportRows);
        }
        return new SandboxOptions(port, timeScale, seed, orderCount, itemsPageSize, history, tokenTtl, sellers, rates,
                inventory, new ReportSettings(reports.processingTime(), reports.documentTtl(), reports.charset(),
                        syntheticOrderReportRows));
    }

    public int port() {
        return port;
    }

    public double timeScale() {
        return timeScale;
    }

    public long seed() {
        return seed;
    }

    public int orderCount() {
        return orderCount;
    }

    public int itemsPageSize() {
        return itemsPageSize;
    }

    public Duration history() {
        return history;
    }

    public Duration tokenTtl() {
        return tokenTtl;
    }

    public List<SandboxSeller> sellers() {
        return sellers;
    }

    public Duration inventoryTokenTtl() {
        return inventory.tokenTtl();
    }

    public int inventoryPageSize() {
        return inventory.pageSize();
    }

    public int extraInventorySkus() {
        return inventory.extraSkus();
    }

    public Duration reportProcessingTime() {
        return reports.processingTime();
    }

    public Duration reportDocumentTtl() {
        return reports.documentTtl();
    }

    public Charset reportCharset() {
        return reports.charset();
    }

    public long syntheticOrderReportRows() {
        return reports.syntheticOrderRows();
    }

    /** The configured usage plan rate (requests/second, before timeScale) of a rate-limited operation. */
    public double ratePerSecond(String operation) {
        return rates.get(Operations.requireRateLimited(operation)).perSecond();
    }

    /** The configured bucket size of a rate-limited operation. */
    public int burst(String operation) {
        return rates.get(Operations.requireRateLimited(operation)).burst();
    }

    OperationRate rateOf(String operation) {
        return rates.get(Operations.requireRateLimited(operation));
    }

    private static void validate(List<SandboxSeller> sellers) {
        if (sellers.isEmpty()) {
            throw new IllegalArgumentException("at least one seller is required");
        }
        Set<String> ids = new HashSet<>();
        Set<String> refreshTokens = new HashSet<>();
        Map<String, String> secrets = new HashMap<>();
        Map<String, String> mwsSecrets = new HashMap<>();
        for (SandboxSeller s : sellers) {
            if (!ids.add(s.sellerId())) {
                throw new IllegalArgumentException("duplicate sellerId " + s.sellerId());
            }
            if (!refreshTokens.add(s.refreshToken())) {
                throw new IllegalArgumentException("duplicate refresh token for seller " + s.sellerId());
            }
            // one LWA app has exactly one secret, however many sellers authorised it
            String previous = secrets.putIfAbsent(s.clientId(), s.clientSecret());
            if (previous != null && !Objects.equals(previous, s.clientSecret())) {
                throw new IllegalArgumentException("clientId " + s.clientId() + " has two different secrets");
            }
            // likewise one MWS access key has one secret key
            String previousMws = mwsSecrets.putIfAbsent(s.mwsAccessKeyId(), s.mwsSecretKey());
            if (previousMws != null && !Objects.equals(previousMws, s.mwsSecretKey())) {
                throw new IllegalArgumentException("MWS access key " + s.mwsAccessKeyId() + " has two different secrets");
            }
        }
    }

    @Override
    public String toString() {
        return "SandboxOptions{port=" + port + ", timeScale=" + timeScale + ", seed=" + seed + ", orderCount="
                + orderCount + ", itemsPageSize=" + itemsPageSize + ", history=" + history + ", tokenTtl="
                + tokenTtl + ", sellers=" + sellers.stream().map(SandboxSeller::sellerId).toList() + ", rates="
                + rates + ", inventory=" + inventory + ", reports=" + reports + '}';
    }
}
