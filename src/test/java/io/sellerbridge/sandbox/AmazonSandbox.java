package io.sellerbridge.sandbox;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for Login with Amazon, the SP-API Orders v0 API and the legacy MWS Orders 2013-09-01
 * API, over real HTTP on 127.0.0.1. Both order APIs serve the same seeded orders, so a test can read
 * them as SP-API JSON and as MWS XML and compare. It also serves the Catalog Items API 2022-04-01
 * (getCatalogItem, the products the orders sell) and the FBA Inventory API v1 (getInventorySummaries), and the
 * Tokens API 2021-03-01 (createRestrictedDataToken: restricted buyer data only with an RDT), the
 * Reports API 2021-06-30 (createReport, getReport, getReportDocument) whose documents, downloaded from S3-like
 * presigned URLs, are made from those same orders and that same inventory, and the Notifications API v1 (SQS
 * destinations with grantless LWA tokens, ORDER_CHANGE subscriptions per seller) with Amazon's delivery of
 * ORDER_CHANGE to the subscribed queue ({@link #notifications()}, {@link OrderChangeNotifier}).
 * It enforces Amazon's auth (LWA tokens, grantless tokens, MWS Signature
 * Version 2), validation and token-bucket throttling, and can be scripted to fail. Start one per test
 * class; {@link #close()} frees the port.
 */
public final class AmazonSandbox implements AutoCloseable {
    private static final int WORKER_THREADS = 8;

    private final HttpServer server;
    private final ExecutorService executor;
    private final SandboxData data;
    private final SandboxCatalog catalog;
    private final SandboxInventory inventory;
    private final SandboxReports reports;
    private final CallStats stats;
    private final Faults faults;
    private final RestrictedRoles restrictedRoles;
    private final Map<String, HttpServer> regionServers;
    private final Map<String, RegionEndpoint> regions;
    private final SandboxNotifications notifications;

    private AmazonSandbox(HttpServer server, ExecutorService executor, SandboxData data, SandboxCatalog catalog,
                          SandboxInventory inventory, SandboxReports reports, CallStats stats, Faults faults,
                          RestrictedRoles restrictedRoles, SandboxNotifications notifications,
                          Map<String, HttpServer> regionServers, Map<String, RegionEndpoint> regions) {
        this.server = server;
        this.regionServers = regionServers;
        this.regions = regions;
        this.executor = executor;
        this.data = data;
        this.catalog = catalog;
        this.inventory = inventory;
        this.reports = reports;
        this.stats = stats;
        this.faults = faults;
        this.restrictedRoles = restrictedRoles;
        this.notifications = notifications;
    }

    static {
        // The JDK server writes headers and body separately; with Nagle's algorithm on, the body waits ~40 ms for
        // the client's delayed ACK, which Amazon's servers do not do. Read once, before the first server exists.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    public static AmazonSandbox start(SandboxOptions options) {
        SandboxData data = SeedData.generate(options, Instant.now());
        CallStats stats = new CallStats();
        AccessTokens accessTokens = new AccessTokens(options.tokenTtl());
        Faults faults = new Faults(accessTokens);
        OrderSearch search = new OrderSearch(data, new NextTokens(), options.itemsPageSize());
        OrdersApi orders = new OrdersApi(data, search);
        SandboxCatalog catalog = SandboxCatalog.generate(options);
        SandboxInventory inventory = SeedInventory.generate(options, Instant.now());
        RateLimits rateLimits = new RateLimits(options);
        // generated documents (benchmarks) are written whole while their report is processed, as Amazon's are
        SandboxReports reports = new SandboxReports(options.reportProcessingTime(),
                new ReportContents(options, data, inventory), faults, options.syntheticOrderReportRows() > 0
                ? content -> RenderedDocument.render(content, options.reportCharset())
                : java.util.function.UnaryOperator.identity());
        PresignedUrls documentUrls = new PresignedUrls();
        HttpServer server = bind(options.port());
        Map<String, HttpHandler> handlers = new LinkedHashMap<>();
        handlers.put(LwaEndpoint.PATH, new LwaEndpoint(options.sellers(), accessTokens, stats, faults));
        handlers.put(SpApiEndpoint.BASE_PATH,
                new SpApiEndpoint(accessTokens, rateLimits, orders, stats, faults));
        RestrictedRoles restrictedRoles = new RestrictedRoles();
        handlers.put(TokensEndpoint.BASE_PATH,
                new TokensEndpoint(accessTokens, rateLimits, restrictedRoles, stats, faults));
        handlers.put(CatalogEndpoint.BASE_PATH,
                new CatalogEndpoint(new SpApiAccess(accessTokens), rateLimits, catalog, stats, faults));
        handlers.put(InventoryEndpoint.PATH,
                new InventoryEndpoint(new SpApiAccess(accessTokens), rateLimits, inventory, options, stats, faults));
        handlers.put(ReportsEndpoint.BASE_PATH, new ReportsEndpoint(new SpApiAccess(accessTokens), rateLimits,
                new ReportsApi(options.sellers(), reports, documentUrls,
                        "http://127.0.0.1:" + server.getAddress().getPort(), options.reportDocumentTtl()),
                stats, faults));
        handlers.put(PresignedUrls.PATH,
                new ReportDocumentEndpoint(reports, documentUrls, options.reportCharset(), stats, faults));
        SandboxNotifications notifications = new SandboxNotifications(options.seed());
        handlers.put(NotificationsEndpoint.BASE_PATH, new NotificationsEndpoint(new SpApiAccess(accessTokens),
                rateLimits, notifications, stats, faults));
        handlers.put(MwsEndpoint.PATH, new MwsEndpoint(new MwsAuth(options.sellers()), new MwsQuotas(options),
                new MwsOrdersApi(data, search), stats, faults));
        handlers.put("/", exchange -> {
            try (exchange) {
                Reply.notFound("Resource not found").send(exchange);
            }
        });
        handlers.forEach(server::createContext);
        ExecutorService executor = Executors.newFixedThreadPool(WORKER_THREADS, daemonThreads());
        server.setExecutor(executor);
        server.start();
        // each selling region's endpoint: the same Amazon, serving only the region's marketplaces
        Map<String, HttpServer> regionServers = new LinkedHashMap<>();
        Map<String, RegionEndpoint> regions = new LinkedHashMap<>();
        for (String region : SellingRegions.regions()) {
            HttpServer regional = bind(0);
            RegionEndpoint endpoint = new RegionEndpoint(region);
            handlers.forEach((path, handler) -> regional.createContext(path, handler).getFilters().add(endpoint));
            regional.setExecutor(executor);
            regional.start();
            regionServers.put(region, regional);
            regions.put(region, endpoint);
        }
        return new AmazonSandbox(server, executor, data, catalog, inventory, reports, stats, faults, restrictedRoles,
                notifications, regionServers, regions);
    }

    private static HttpServer bind(int port) {
        try {
            return HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("sandbox could not bind 127.0.0.1:" + port, e);
        }
    }

    /**
     * The endpoint of one selling region ("NA", "EU", "FE"), as sellingpartnerapi-na/-eu/-fe: the same sandbox, but a
     * request naming another region's marketplace is refused there.
     */
    public String regionUrl(String region) {
        HttpServer regional = regionServers.get(region);
        if (regional == null) {
            throw new IllegalArgumentException("no selling region " + region + ", expected one of " + regionServers.keySet());
        }
        return "http://127.0.0.1:" + regional.getAddress().getPort();
    }

    /** Requests the endpoint of a selling region served (and refused). */
    public long requestsTo(String region) {
        return regions.get(region).requests();
    }

    /** "http://127.0.0.1:&lt;port&gt;"; SP-API paths (/orders/v0/...) go directly under it, for every region. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** MWS's service URL, the same as {@link #baseUrl()}: Orders requests go to POST mwsUrl() + "/Orders/2013-09-01". */
    public String mwsUrl() {
        return baseUrl();
    }

    public String tokenUrl() {
        return baseUrl() + LwaEndpoint.PATH;
    }

    public SandboxData data() {
        return data;
    }

    /** The catalog getCatalogItem serves, the same for every seller. */
    public SandboxCatalog catalog() {
        return catalog;
    }

    /** The FBA inventory getInventorySummaries serves; update it to simulate stock moving. */
    public SandboxInventory inventory() {
        return inventory;
    }

    /** Every report created through the Reports API, with its status now: the ground truth for report tests. */
    public SandboxReports reports() {
        return reports;
    }

    public CallStats stats() {
        return stats;
    }

    public Faults faults() {
        return faults;
    }

    /** Whether the application holds the restricted roles for a seller (the Tokens API refuses an RDT without). */
    public RestrictedRoles restrictedRoles() {
        return restrictedRoles;
    }

    /**
     * The Notifications API's destinations and subscriptions, and how Amazon delivers notifications to their queues
     * (call {@link SandboxNotifications#deliverThrough} before any delivery).
     */
    public SandboxNotifications notifications() {
        return notifications;
    }

    @Override
    public void close() {
        server.stop(0);
        regionServers.values().forEach(r -> r.stop(0));
        executor.shutdownNow(); // also wakes calls sleeping in a slow fault
        notifications.close(); // late notifications not yet sent are never sent
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "amazon-sandbox-" + n.incrementAndGet());
            t.setDaemon(true); // a forgotten close() must not keep the test JVM alive
            return t;
        };
    }
}
