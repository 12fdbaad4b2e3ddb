package io.sellerbridge.sandbox;

import io.sellerbridge.reports.ReportContext;
import io.sellerbridge.reports.ReportEntry;
import io.sellerbridge.reports.ReportFormats;
import io.sellerbridge.reports.ReportReader;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.awaitility.Awaitility;

/** Test helper: a Reports API client over plain HTTP, as the bundle's route will be one, reading with its readers. */
final class ReportsHttp {
    static final String FLAT_FILE = ReportFormats.FLAT_FILE_ALL_ORDERS;
    static final String XML = ReportFormats.XML_ALL_ORDERS;
    static final String INVENTORY = ReportFormats.FBA_MYI_UNSUPPRESSED_INVENTORY;
    private static final Set<String> SETTLED = Set.of("DONE", "CANCELLED", "FATAL");

    private final AmazonSandbox sandbox;
    private final SandboxHttp http;
    private final String token;
    private final HttpClient client = SandboxHttp.newClient();

    ReportsHttp(AmazonSandbox sandbox, SandboxSeller seller) {
        this.sandbox = sandbox;
        this.http = new SandboxHttp(sandbox);
        this.token = http.token(seller);
    }

    /** POST createReport with a CreateReportSpecification built by {@code spec}. */
    HttpResponse<String> create(String reportType, List<String> marketplaceIds, Consumer<ObjectNode> spec) {
        ObjectNode body = Json.object();
        body.put("reportType", reportType);
        ArrayNode ids = body.putArray("marketplaceIds");
        marketplaceIds.forEach(ids::add);
        spec.accept(body);
        return post(body.toString());
    }

    HttpResponse<String> post(String body) {
        return http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/reports/2021-06-30/reports"))
                .header("x-amz-access-token", token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The reportId of a report that must be accepted. */
    String createdId(String reportType, List<String> marketplaceIds, Consumer<ObjectNode> spec) {
        HttpResponse<String> r = create(reportType, marketplaceIds, spec);
        assertEquals(202, r.statusCode(), r.body());
        return SandboxHttp.json(r).get("reportId").asText();
    }

    HttpResponse<String> getReport(String reportId) {
        return http.get("/reports/2021-06-30/reports/" + reportId, token);
    }

    /** Polls getReport at its sustained rate (2 per second) until the report is DONE, CANCELLED or FATAL. */
    JsonNode awaitSettled(String reportId) {
        JsonNode[] report = new JsonNode[1];
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500)).until(() -> {
            HttpResponse<String> r = getReport(reportId);
            assertEquals(200, r.statusCode(), r.body());
            report[0] = SandboxHttp.json(r);
            return SETTLED.contains(report[0].get("processingStatus").asText());
        });
        return report[0];
    }

    HttpResponse<String> getReportDocument(String documentId) {
        return http.get("/reports/2021-06-30/documents/" + documentId, token);
    }

    /** The presigned URL of a DONE report's document. */
    String documentUrl(JsonNode doneReport) {
        HttpResponse<String> r = getReportDocument(doneReport.get("reportDocumentId").asText());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode document = SandboxHttp.json(r);
        assertEquals("GZIP", document.get("compressionAlgorithm").asText());
        return document.get("url").asText();
    }

    /** GET the URL with no SP-API header at all, as one downloads from S3. */
    HttpResponse<byte[]> download(String url) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The charset the download's Content-Type names. */
    static Charset charset(HttpResponse<?> download) {
        String type = download.headers().firstValue("Content-Type").orElseThrow();
        return Charset.forName(type.substring(type.indexOf("charset=") + "charset=".length()));
    }

    /**
     * The context the bundle reads a report of this seller with: every marketplace it sells in is configured;
     * {@code marketplaceId} is the inventory report's one marketplace (null for an orders report, which has none).
     */
    static ReportContext context(SandboxSeller seller, String marketplaceId) {
        return new ReportContext(seller.sellerId(), marketplaceId, Set.copyOf(seller.marketplaceIds()), "report",
                Instant.parse("2026-11-02T10:15:30Z"));
    }

    /** Gunzips, decodes with the download's charset and reads with the bundle's reader for the report type. */
    static List<ReportEntry> read(HttpResponse<byte[]> download, String reportType, ReportContext context) {
        List<ReportEntry> entries = new ArrayList<>();
        try (ReportReader reader = open(download, reportType, context)) {
            reader.forEachRemaining(entries::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static ReportReader open(HttpResponse<byte[]> download, String reportType, ReportContext context) {
        return ReportFormats.forReportType(reportType).open(text(download), context);
    }

    /** The document as text: gunzipped and decoded with the charset its Content-Type names. */
    static Reader text(HttpResponse<byte[]> download) {
        try {
            return new InputStreamReader(new GZIPInputStream(new ByteArrayInputStream(download.body())),
                    charset(download));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Create, poll to DONE, fetch the URL and download: what one report run does. */
    HttpResponse<byte[]> run(String reportType, List<String> marketplaceIds) {
        JsonNode report = awaitSettled(createdId(reportType, marketplaceIds, spec -> { }));
        assertEquals("DONE", report.get("processingStatus").asText(), report.toString());
        HttpResponse<byte[]> download = download(documentUrl(report));
        assertEquals(200, download.statusCode());
        return download;
    }
}
