package io.sellerbridge.sandbox;

import io.sellerbridge.canonical.CanonicalOrder;
import io.sellerbridge.reports.ReportEntry;
import io.sellerbridge.reports.ReportReader;
import static io.sellerbridge.sandbox.ReportsHttp.FLAT_FILE;
import static io.sellerbridge.sandbox.ReportsHttp.XML;
import static io.sellerbridge.sandbox.SandboxHttp.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Report documents at their presigned URLs: S3's errors, the faults, charsets and the synthetic large document. */
class SandboxReportDownloadTest {
    private static final SandboxSeller ONE = SandboxSeller.DEFAULT;
    private static final SandboxSeller TWO = SandboxSeller.SECOND_WITH_JAPAN;
    private static final String US = "ATVPDKIKX0DER";
    private static final String CA = "A2EUQ1WTGCTBG2";
    private static final String JP = "A1VC38T7YXB528";
    private static final SandboxOptions FAST = SandboxOptions.defaults().orderCount(80)
            .reportProcessingTime(Duration.ofMillis(200));

    private AmazonSandbox sandbox;

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void givenAShortUrlLifetime_whenTheUrlIsUsedAfterIt_then403AccessDeniedRequestHasExpiredInS3Xml() {
        // X-Amz-Date has whole seconds, so a 2 s URL works for more than one second: enough to download it once
        ReportsHttp reports = start(FAST.reportDocumentTtl(Duration.ofSeconds(2)), ONE);
        String url = reports.documentUrl(reports.awaitSettled(reports.createdId(FLAT_FILE, List.of(US), spec -> { })));
        assertTrue(url.contains("X-Amz-Expires=2&"), url);
        assertEquals(200, reports.download(url).statusCode());

        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> reports.download(url).statusCode() == 403);

        HttpResponse<byte[]> expired = reports.download(url);
        String body = new String(expired.body(), StandardCharsets.UTF_8);
        assertTrue(body.contains("<Code>AccessDenied</Code><Message>Request has expired</Message>"), body);
        assertEquals("application/xml", header(expired, "Content-Type"));
        assertTrue(sandbox.stats().status("reportDocument", 403) >= 1);
    }

    @Test
    void givenATamperedOrIncompleteUrl_whenDownloaded_thenS3RefusesIt() {
        ReportsHttp reports = start(FAST, ONE);
        String url = reports.documentUrl(reports.awaitSettled(reports.createdId(FLAT_FILE, List.of(US), spec -> { })));
        String signature = url.substring(url.indexOf("X-Amz-Signature=") + "X-Amz-Signature=".length());
        String otherSignature = url.replace(signature, signature.startsWith("0") ? "1" + signature.substring(1)
                : "0" + signature.substring(1));
        String laterExpiry = url.replaceFirst("X-Amz-Expires=\\d+", "X-Amz-Expires=604800");
        String unsigned = url.substring(0, url.indexOf("&X-Amz-Signature="));

        HttpResponse<byte[]> tampered = reports.download(otherSignature);
        HttpResponse<byte[]> extended = reports.download(laterExpiry);
        HttpResponse<byte[]> incomplete = reports.download(unsigned);

        assertEquals(403, tampered.statusCode());
        assertTrue(text(tampered).contains("<Code>SignatureDoesNotMatch</Code>"), text(tampered));
        assertEquals(403, extended.statusCode());
        assertTrue(text(extended).contains("<Code>SignatureDoesNotMatch</Code>"), text(extended));
        assertEquals(400, incomplete.statusCode());
        assertTrue(text(incomplete).contains("<Code>AuthorizationQueryParametersError</Code>"), text(incomplete));
        assertEquals(200, reports.download(url).statusCode());
    }

    @Test
    void givenTruncateNextDocuments_whenDownloaded_thenA200WithAShortGzipOnWhichTheReaderFailsAfterTheFirstOrders() {
        ReportsHttp reports = start(FAST, ONE);
        String url = reports.documentUrl(reports.awaitSettled(reports.createdId(FLAT_FILE, List.of(US), spec -> { })));
        sandbox.faults().truncateNextDocuments(1);

        HttpResponse<byte[]> cut = reports.download(url);
        HttpResponse<byte[]> whole = reports.download(url);

        assertEquals(200, cut.statusCode());
        assertThrows(EOFException.class,
                () -> new GZIPInputStream(new ByteArrayInputStream(cut.body())).readAllBytes());
        List<ReportEntry> before = new ArrayList<>();
        ReportReader reader = ReportsHttp.open(cut, FLAT_FILE, ReportsHttp.context(ONE, null));
        assertThrows(UncheckedIOException.class, () -> reader.forEachRemaining(before::add));
        List<ReportEntry> all = ReportsHttp.read(whole, FLAT_FILE, ReportsHttp.context(ONE, null));
        assertFalse(before.isEmpty());
        assertTrue(before.size() < all.size(), before.size() + " of " + all.size());
        assertEquals(all.subList(0, before.size()), before);
    }

    @Test
    void givenCorruptNextDocumentRow_whenTheFlatFileIsRead_thenThatRowIsABadRowAndItsOrderIsLeftOutOnce() {
        ReportsHttp reports = start(FAST, ONE);
        String url = reports.documentUrl(reports.awaitSettled(reports.createdId(FLAT_FILE, List.of(US), spec -> { })));
        sandbox.faults().corruptNextDocumentRow(2);

        List<ReportEntry> corrupted = ReportsHttp.read(reports.download(url), FLAT_FILE, ReportsHttp.context(ONE, null));
        List<ReportEntry> whole = ReportsHttp.read(reports.download(url), FLAT_FILE, ReportsHttp.context(ONE, null));

        List<ReportEntry.BadRow> bad = corrupted.stream().filter(ReportEntry.BadRow.class::isInstance)
                .map(ReportEntry.BadRow.class::cast).toList();
        assertEquals(1, bad.size());
        assertEquals(2, bad.get(0).rowNumber());
        assertTrue(bad.get(0).reason().contains("columns"), bad.get(0).reason());
        ReportEntry.Message hit = whole.stream().map(ReportEntry.Message.class::cast)
                .filter(m -> m.firstRow() <= 2 && m.lastRow() >= 2).findFirst().orElseThrow();
        List<ReportEntry> expected = new ArrayList<>(whole);
        expected.remove(hit);
        assertEquals(expected, corrupted.stream().filter(ReportEntry.Message.class::isInstance).toList());
    }

    @Test
    void givenCorruptNextDocumentRow_whenTheXmlIsRead_thenThatMessageIsABadRowForItsDate() {
        ReportsHttp reports = start(FAST, ONE);
        String url = reports.documentUrl(reports.awaitSettled(reports.createdId(XML, List.of(US), spec -> { })));
        sandbox.faults().corruptNextDocumentRow(3);

        List<ReportEntry> entries = ReportsHttp.read(reports.download(url), XML, ReportsHttp.context(ONE, null));

        ReportEntry.BadRow bad = (ReportEntry.BadRow) entries.get(2);
        assertEquals(3, bad.rowNumber());
        assertTrue(bad.reason().contains("PurchaseDate"), bad.reason());
        assertEquals(1, entries.stream().filter(ReportEntry.BadRow.class::isInstance).count());
    }

    @Test
    void givenWindows1252Documents_whenRead_thenTheContentTypeNamesTheCharsetUmlautsSurviveAndJapaneseBecomesQuestionMarks() {
        ReportsHttp reports = start(FAST.orderCount(200).reportCharset(Charset.forName("windows-1252")), ONE);
        HttpResponse<byte[]> download = reports.run(FLAT_FILE, List.of(US));

        List<String> titles = titles(ReportsHttp.read(download, FLAT_FILE, ReportsHttp.context(ONE, null)));

        assertEquals("text/plain;charset=windows-1252", header(download, "Content-Type"));
        assertTrue(titles.contains("Wasserkocher Edelstahl 1,7 L – Größe M, weiß"), titles.toString());
        assertTrue(titles.contains("???????? 100g???JAS???"), titles.toString()); // 宇治抹茶パウダー 100g（有機JAS認定）
    }

    @Test
    void givenShiftJisDocuments_whenRead_thenJapaneseSurvives() {
        ReportsHttp reports = start(FAST.orderCount(200).sellers(List.of(TWO)).reportCharset(Charset.forName("Shift_JIS")),
                TWO);
        HttpResponse<byte[]> download = reports.run(XML, List.of(JP));

        List<String> titles = titles(ReportsHttp.read(download, XML, ReportsHttp.context(TWO, null)));

        assertEquals("text/xml;charset=Shift_JIS", header(download, "Content-Type"));
        assertTrue(titles.contains("吾輩は猫である（新潮文庫）"), titles.toString());
    }

    @Test
    void givenSyntheticOrderReportRows_whenTheFlatFileIsDownloaded_thenItHasExactlyThatManyValidRowsOfTheWholeRegion() {
        ReportsHttp reports = start(FAST.syntheticOrderReportRows(10_000), ONE);
        HttpResponse<byte[]> download = reports.run(FLAT_FILE, List.of(US));

        List<ReportEntry> entries = new ArrayList<>();
        long rows;
        long skipped;
        try (ReportReader reader = ReportsHttp.open(download, FLAT_FILE, ReportsHttp.context(ONE, null))) {
            reader.forEachRemaining(entries::add);
            rows = reader.rowsRead();
            skipped = reader.skipped();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        assertEquals(10_000, rows);
        assertEquals(0, skipped);
        assertTrue(entries.stream().allMatch(ReportEntry.Message.class::isInstance));
        List<CanonicalOrder> orders = entries.stream().map(e -> (CanonicalOrder) ((ReportEntry.Message) e).canonical())
                .toList();
        assertEquals(10_000, orders.stream().mapToInt(o -> o.items().size()).sum());
        assertEquals(entries.size(), entries.stream().map(e -> ((ReportEntry.Message) e).recordKey()).distinct().count());
        // asked for the US, it spans the region as Amazon's does: the seller's Canadian orders are in it too
        assertEquals(Set.of(US, CA), orders.stream().map(CanonicalOrder::marketplaceId).collect(Collectors.toSet()));
    }

    @Test
    void givenFailNextOnTheDownload_whenDownloaded_thenS3sErrorAndTheDownloadIsCountedWithoutAToken() {
        ReportsHttp reports = start(FAST, ONE);
        JsonNode done = reports.awaitSettled(reports.createdId(FLAT_FILE, List.of(US), spec -> { }));
        String url = reports.documentUrl(done);
        sandbox.faults().failNext("reportDocument", 1, 503);

        HttpResponse<byte[]> failed = reports.download(url);

        assertEquals(503, failed.statusCode());
        assertTrue(text(failed).startsWith("<?xml"), text(failed));
        assertEquals(200, reports.download(url).statusCode());
        assertEquals(2, sandbox.stats().calls("reportDocument"));
    }

    private ReportsHttp start(SandboxOptions options, SandboxSeller seller) {
        sandbox = AmazonSandbox.start(options);
        return new ReportsHttp(sandbox, seller);
    }

    private static List<String> titles(List<ReportEntry> entries) {
        return entries.stream().map(e -> (CanonicalOrder) ((ReportEntry.Message) e).canonical())
                .flatMap(o -> o.items().stream()).map(i -> i.title()).distinct().toList();
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }
}
