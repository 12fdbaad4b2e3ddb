package io.sellerbridge.sandbox;

import io.sellerbridge.canonical.CanonicalInventory;
import io.sellerbridge.canonical.CanonicalOrder;
import io.sellerbridge.reports.ReportContext;
import io.sellerbridge.reports.ReportEntry;
import io.sellerbridge.reports.ReportReader;
import static io.sellerbridge.sandbox.ReportsHttp.FLAT_FILE;
import static io.sellerbridge.sandbox.ReportsHttp.INVENTORY;
import static io.sellerbridge.sandbox.ReportsHttp.XML;
import static io.sellerbridge.sandbox.SandboxHttp.header;
import static io.sellerbridge.sandbox.SandboxHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Reports API flow over HTTP, read with the bundle's readers and held against the sandbox's ground truth. */
class SandboxReportsTest {
    private static final SandboxSeller ONE = SandboxSeller.DEFAULT;
    private static final SandboxSeller TWO = SandboxSeller.SECOND_WITH_JAPAN;
    private static final String US = "ATVPDKIKX0DER";
    private static final String CA = "A2EUQ1WTGCTBG2";
    private static final String DE = "A1PA6795UKMFR9";
    private static final String UK = "A1F83G8C2ARO7P";
    private static final String JP = "A1VC38T7YXB528";
    private static final Pattern XML_SALES_CHANNEL = Pattern.compile("<SalesChannel>([^<]*)</SalesChannel>");

    private AmazonSandbox sandbox;
    private ReportsHttp reports;

    @BeforeEach
    void start() {
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().orderCount(120).sellers(List.of(ONE, TWO))
                .reportProcessingTime(Duration.ofMillis(300)));
        reports = new ReportsHttp(sandbox, ONE);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void givenOrdersInTwoMarketplacesOfARegion_whenTheFlatFileReportIsAskedForEitherOne_thenItHoldsTheOrdersOfBoth() {
        for (String asked : List.of(US, CA)) {
            HttpResponse<byte[]> download = reports.run(FLAT_FILE, List.of(asked));

            List<ReportEntry> entries = ReportsHttp.read(download, FLAT_FILE, ReportsHttp.context(ONE, null));

            assertEquals(List.of(), entries.stream().filter(ReportEntry.BadRow.class::isInstance).toList());
            // Amazon ignores marketplaceIds for these reports: US and CA are both North America
            List<CanonicalOrder> expected = ReportGroundTruth.orders(sandbox, last(), List.of(US, CA), false);
            assertEquals(Set.of(US, CA), marketplaces(expected));
            assertTrue(expected.stream().anyMatch(o -> "Shipping".equals(o.reportOrderStatus())),
                    "the report writes a status word the Orders API has no name for");
            assertEquals(expected, orders(entries));
            assertTrue(header(download, "Content-Type").startsWith("text/plain;charset=UTF-8"));
        }
    }

    @Test
    void givenSeededOrders_whenTheXmlReportIsRead_thenItHoldsTheOrdersGetOrdersServesWithTheirItemIds() {
        HttpResponse<byte[]> download = reports.run(XML, List.of(US));

        List<ReportEntry> entries = ReportsHttp.read(download, XML, ReportsHttp.context(ONE, null));

        assertEquals(ReportGroundTruth.orders(sandbox, last(), List.of(US, CA), true), orders(entries));
        assertTrue(header(download, "Content-Type").startsWith("text/xml;charset=UTF-8"));
    }

    @Test
    void givenOrdersReports_whenTheirSalesChannelsAreLookedAt_thenEachIsSpelledAsAmazonDoesWithOneNonAmazonOrder() {
        List<String> flat = flatFileSalesChannels(reports.run(FLAT_FILE, List.of(US)));
        List<String> xml = xmlSalesChannels(reports.run(XML, List.of(CA)));

        assertEquals(Set.of("Amazon.com", "Amazon.ca", "Non-Amazon"), Set.copyOf(flat));
        assertEquals(Set.of("Amazon.com", "Amazon.ca", "Non-Amazon"), Set.copyOf(xml));
        assertEquals(1, xml.stream().filter("Non-Amazon"::equals).count());
    }

    @Test
    void givenASellerConfiguredForOneMarketplaceOfTheRegion_whenTheReportIsRead_thenOtherOrdersAreSkippedAndCounted() {
        HttpResponse<byte[]> download = reports.run(FLAT_FILE, List.of(US));
        ReportContext usOnly = new ReportContext(ONE.sellerId(), null, Set.of(US), "report", Instant.now());

        List<ReportEntry> entries = new ArrayList<>();
        long skipped;
        try (ReportReader reader = ReportsHttp.open(download, FLAT_FILE, usOnly)) {
            reader.forEachRemaining(entries::add);
            skipped = reader.skipped();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        assertEquals(ReportGroundTruth.orders(sandbox, last(), List.of(US), false), orders(entries));
        int canadian = ReportGroundTruth.orders(sandbox, last(), List.of(CA), false).size();
        assertTrue(canadian > 0);
        assertEquals(canadian + 1, skipped, "the Canadian orders and the Non-Amazon one");
    }

    @Test
    void givenASellerInTwoRegions_whenAReportIsAskedForOneMarketplace_thenItHoldsEveryMarketplaceOfThatRegionOnly() {
        HttpResponse<byte[]> download = new ReportsHttp(sandbox, TWO).run(XML, List.of(DE));

        List<ReportEntry> entries = ReportsHttp.read(download, XML, ReportsHttp.context(TWO, null));

        List<CanonicalOrder> europe = ReportGroundTruth.orders(sandbox, last(), List.of(DE, UK), true);
        assertEquals(Set.of(DE, UK), marketplaces(europe));
        assertEquals(europe, orders(entries));
        assertFalse(ReportGroundTruth.orders(sandbox, last(), List.of(JP), true).isEmpty(), "JP orders in the window");
    }

    @Test
    void givenAnOrdersReport_whenRead_thenOrdersComeNewestUpdateFirstAndEachItemIsARow() {
        List<ReportEntry> entries = ReportsHttp.read(reports.run(FLAT_FILE, List.of(US)), FLAT_FILE,
                ReportsHttp.context(ONE, null));

        List<ReportEntry.Message> messages = entries.stream().map(ReportEntry.Message.class::cast).toList();
        List<String> updates = messages.stream().map(m -> ((CanonicalOrder) m.canonical()).lastUpdateDate()).toList();
        assertEquals(updates.stream().sorted(Comparator.reverseOrder()).toList(), updates);
        long row = 1;
        for (ReportEntry.Message m : messages) {
            assertEquals(row, m.firstRow());
            row += ((CanonicalOrder) m.canonical()).items().size();
            assertEquals(row - 1, m.lastRow());
        }
    }

    @Test
    void givenSeededFbaStock_whenTheInventoryReportIsRead_thenEachSkuHasTheLevelsGetInventorySummariesServes() {
        List<ReportEntry> entries = ReportsHttp.read(reports.run(INVENTORY, List.of(CA)), INVENTORY,
                ReportsHttp.context(ONE, CA));

        List<ObjectNode> summaries = sandbox.inventory().summaries(ONE.sellerId(), CA);
        assertEquals(summaries.size(), entries.size());
        for (int i = 0; i < summaries.size(); i++) {
            JsonNode s = summaries.get(i);
            JsonNode d = s.get("inventoryDetails");
            CanonicalInventory level = (CanonicalInventory) ((ReportEntry.Message) entries.get(i)).canonical();
            assertEquals(new CanonicalInventory(ONE.sellerId(), CA, s.get("sellerSku").asText(), s.get("asin").asText(),
                    s.get("fnSku").asText(), s.get("condition").asText(), s.get("productName").asText(),
                    d.get("fulfillableQuantity").asInt(), d.get("inboundWorkingQuantity").asInt(),
                    d.get("inboundShippedQuantity").asInt(), d.get("inboundReceivingQuantity").asInt(),
                    d.get("reservedQuantity").get("totalReservedQuantity").asInt(),
                    d.get("researchingQuantity").get("totalResearchingQuantity").asInt(),
                    d.get("unfulfillableQuantity").get("totalUnfulfillableQuantity").asInt(),
                    s.get("totalQuantity").asInt(), null, "2026-11-02T10:15:30Z"), level);
        }
    }

    @Test
    void givenAReport_whenPolled_thenItGoesInQueueThenInProgressThenDoneWithItsTimesAndDocument() {
        sandbox.close();
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().reportProcessingTime(Duration.ofSeconds(2)));
        reports = new ReportsHttp(sandbox, ONE);
        String reportId = reports.createdId(FLAT_FILE, List.of(US), spec -> { });

        JsonNode queued = json(reports.getReport(reportId));
        assertEquals("IN_QUEUE", queued.get("processingStatus").asText());
        assertNull(queued.get("processingStartTime"));
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(250))
                .until(() -> "IN_PROGRESS".equals(json(reports.getReport(reportId)).get("processingStatus").asText()));
        JsonNode done = reports.awaitSettled(reportId);

        assertEquals("DONE", done.get("processingStatus").asText());
        assertEquals(reportId, done.get("reportId").asText());
        assertEquals(FLAT_FILE, done.get("reportType").asText());
        assertEquals(US, done.get("marketplaceIds").get(0).asText());
        Instant created = Instant.parse(done.get("createdTime").asText());
        assertEquals(created.plusSeconds(1), Instant.parse(done.get("processingStartTime").asText()));
        assertEquals(created.plusSeconds(2), Instant.parse(done.get("processingEndTime").asText()));
        assertEquals(Instant.parse(done.get("dataEndTime").asText()).minus(Duration.ofDays(30)),
                Instant.parse(done.get("dataStartTime").asText()));
        assertTrue(done.get("reportDocumentId").asText().startsWith("amzn1.spdoc."));
        assertEquals("DONE", last().status());
    }

    @Test
    void givenAWindowWithoutOrders_whenTheReportSettles_thenAmazonCancelsItAndThereIsNoDocument() {
        String reportId = reports.createdId(FLAT_FILE, List.of(US), spec -> spec
                .put("dataStartTime", "2020-01-01T00:00:00Z").put("dataEndTime", "2020-01-31T00:00:00+00:00"));

        JsonNode report = reports.awaitSettled(reportId);

        assertEquals("CANCELLED", report.get("processingStatus").asText());
        assertNull(report.get("reportDocumentId"));
        assertEquals("2020-01-01T00:00:00+00:00", report.get("dataStartTime").asText());
        assertEquals(new SandboxReports.CreatedReport(reportId, ONE.sellerId(), FLAT_FILE, List.of(US),
                Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2020-01-31T00:00:00Z"), "CANCELLED"), last());
    }

    @Test
    void givenFatalNextReports_whenTheNextReportSettles_thenItIsFatalAndTheOneAfterIsDone() {
        sandbox.faults().fatalNextReports(1);

        JsonNode fatal = reports.awaitSettled(reports.createdId(FLAT_FILE, List.of(US), spec -> { }));
        JsonNode done = reports.awaitSettled(reports.createdId(FLAT_FILE, List.of(US), spec -> { }));

        assertEquals("FATAL", fatal.get("processingStatus").asText());
        assertNull(fatal.get("reportDocumentId"));
        assertEquals("DONE", done.get("processingStatus").asText());
        assertEquals(List.of("FATAL", "DONE"),
                sandbox.reports().created().stream().map(SandboxReports.CreatedReport::status).toList());
    }

    @Test
    void givenAnotherSellersOrAnUnknownReport_whenAskedFor_then404WithTheRateHeader() {
        String theirs = new ReportsHttp(sandbox, TWO).createdId(FLAT_FILE, List.of("A1PA6795UKMFR9"), spec -> { });
        JsonNode done = reports.awaitSettled(reports.createdId(FLAT_FILE, List.of(US), spec -> { }));

        HttpResponse<String> other = reports.getReport(theirs);
        HttpResponse<String> unknown = reports.getReport("12345678901");
        HttpResponse<String> otherDocument = new ReportsHttp(sandbox, TWO)
                .getReportDocument(done.get("reportDocumentId").asText());

        assertEquals(404, other.statusCode());
        assertEquals("NotFound", json(other).get("errors").get(0).get("code").asText());
        assertEquals(404, unknown.statusCode());
        assertEquals("2.0", header(unknown, "x-amzn-RateLimit-Limit"));
        assertEquals(404, otherDocument.statusCode());
    }

    @Test
    void givenInvalidSpecifications_whenCreated_then400InvalidInputInTheBareErrorsShapeAndNoReport() {
        List<HttpResponse<String>> rejected = List.of(
                reports.post("{\"marketplaceIds\":[\"ATVPDKIKX0DER\"]}"),
                reports.create("GET_MERCHANT_LISTINGS_ALL_DATA", List.of(US), spec -> { }),
                reports.create(FLAT_FILE, List.of(), spec -> { }),
                reports.create(FLAT_FILE, List.of("A1PA6795UKMFR9"), spec -> { }),
                reports.create(FLAT_FILE, List.of(US), spec -> spec.put("dataEndTime",
                        Instant.now().plus(Duration.ofHours(1)).toString())),
                reports.create(FLAT_FILE, List.of(US), spec -> spec.put("dataStartTime", "2026-01-02T00:00:00Z")
                        .put("dataEndTime", "2026-01-01T00:00:00Z")),
                reports.create(FLAT_FILE, List.of(US), spec -> spec.put("dataStartTime", "yesterday")),
                reports.create(FLAT_FILE, List.of(US), spec -> spec.putObject("reportOptions").put("custom", true)),
                reports.post("not json"));

        for (HttpResponse<String> r : rejected) {
            assertEquals(400, r.statusCode(), r.body());
            JsonNode body = json(r);
            assertEquals(1, body.size(), "only errors: " + body);
            assertEquals("InvalidInput", body.get("errors").get(0).get("code").asText());
            assertEquals("0.0167", header(r, "x-amzn-RateLimit-Limit"));
        }
        assertTrue(json(rejected.get(1)).get("errors").get(0).get("message").asText()
                .contains("GET_MERCHANT_LISTINGS_ALL_DATA"));
        assertEquals(List.of(), sandbox.reports().created());
    }

    @Test
    void givenNoAccessToken_whenCreatingAReport_then403() {
        HttpResponse<String> r = new SandboxHttp(sandbox).send(HttpRequest.newBuilder(
                URI.create(sandbox.baseUrl() + "/reports/2021-06-30/reports"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertEquals(403, r.statusCode());
        assertEquals("Unauthorized", json(r).get("errors").get(0).get("code").asText());
    }

    @Test
    void givenAFullCreateReportBucket_whenSixteenReportsAreCreatedAtOnce_thenFifteenAreAcceptedAndThe16thIs429() {
        for (int i = 0; i < 15; i++) {
            HttpResponse<String> accepted = reports.create(FLAT_FILE, List.of(US), spec -> { });
            assertEquals(202, accepted.statusCode(), accepted.body());
            assertEquals("0.0167", header(accepted, "x-amzn-RateLimit-Limit"));
        }

        HttpResponse<String> throttled = reports.create(FLAT_FILE, List.of(US), spec -> { });

        assertEquals(429, throttled.statusCode());
        assertEquals("QuotaExceeded", json(throttled).get("errors").get(0).get("code").asText());
        assertNull(header(throttled, "x-amzn-RateLimit-Limit"));
        assertEquals(15, sandbox.reports().created().size());
        assertEquals(1, sandbox.stats().throttled("createReport"));
    }

    private static List<CanonicalOrder> orders(List<ReportEntry> entries) {
        return ReportGroundTruth.byId(entries.stream()
                .map(e -> (CanonicalOrder) ((ReportEntry.Message) e).canonical()).toList());
    }

    private static Set<String> marketplaces(List<CanonicalOrder> orders) {
        return orders.stream().map(CanonicalOrder::marketplaceId).collect(Collectors.toSet());
    }

    /** The sales-channel cell of every data row, as written. */
    private static List<String> flatFileSalesChannels(HttpResponse<byte[]> download) {
        List<String> lines = new BufferedReader(ReportsHttp.text(download)).lines().toList();
        int column = List.of(lines.get(0).split("\t", -1)).indexOf("sales-channel");
        return lines.stream().skip(1).map(line -> line.split("\t", -1)[column]).toList();
    }

    /** The SalesChannel of every Order, as written. */
    private static List<String> xmlSalesChannels(HttpResponse<byte[]> download) {
        String document = new BufferedReader(ReportsHttp.text(download)).lines().collect(Collectors.joining("\n"));
        return XML_SALES_CHANNEL.matcher(document).results().map(m -> m.group(1)).toList();
    }

    private SandboxReports.CreatedReport last() {
        List<SandboxReports.CreatedReport> created = sandbox.reports().created();
        return created.get(created.size() - 1);
    }
}
