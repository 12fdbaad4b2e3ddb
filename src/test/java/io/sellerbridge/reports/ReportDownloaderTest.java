package io.sellerbridge.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportDownloaderTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String REPORT = "amazon-order-id\tproduct-name\n"
            + "111-0000001-0000001\tCaf\u00e9 cr\u00e8me \u20ac\n"
            + "111-0000002-0000002\tNa\u00efve\n";

    @TempDir
    Path directory;

    private HttpServer server;
    private final Map<String, Headers> requests = new ConcurrentHashMap<>();
    private ReportDownloader downloader;

    @BeforeEach
    void startStorage() throws IOException {
        downloader = new ReportDownloader(Duration.ofSeconds(10), StandardCharsets.ISO_8859_1, directory);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/gzip", 200, "text/plain;charset=windows-1252", gzip(REPORT.getBytes(WINDOWS_1252)));
        serve("/plain", 200, "text/plain", "a\u00e9\nb".getBytes(StandardCharsets.ISO_8859_1));
        byte[] whole = gzip(REPORT.repeat(200).getBytes(WINDOWS_1252));
        serve("/truncated", 200, "text/plain;charset=windows-1252", Arrays.copyOf(whole, whole.length / 2));
        serve("/forbidden", 403, "application/xml",
                "<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>".getBytes(StandardCharsets.UTF_8));
        server.start();
    }

    @AfterEach
    void stopStorage() {
        stalled.countDown();
        server.stop(0);
    }

    private final java.util.concurrent.CountDownLatch stalled = new java.util.concurrent.CountDownLatch(1);

    /** Sends the headers and a first part of the body, then nothing more until the test ends. */
    private void serveStalling(String path) {
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write("amazon-order-id\tproduct-name\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            try {
                stalled.await();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
    }

    private void serve(String path, int status, String contentType, byte[] body) {
        server.createContext(path, exchange -> {
            requests.put(path, exchange.getRequestHeaders());
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(buffer)) {
            out.write(bytes);
        }
        return buffer.toByteArray();
    }

    private Exchange documentAnswer(String path, boolean gzip) throws IOException {
        Exchange e = new DefaultExchange(new DefaultCamelContext());
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + path;
        e.getMessage().setBody(new ObjectMapper().readTree("{\"reportDocumentId\":\"amzn1.spdoc.1.4.na.d1\",\"url\":\"" + url + "\""
                + (gzip ? ",\"compressionAlgorithm\":\"GZIP\"" : "") + "}"));
        // headers an SP-API call left on the message: none of them may reach the storage service
        e.getMessage().setHeader("x-amz-access-token", "Atza|secret-token");
        e.getMessage().setHeader("Authorization", "AWS4-HMAC-SHA256 secret");
        return e;
    }

    private List<Path> filesLeft() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }

    @Test
    void givenAGzipDocumentInWindows1252_whenDownloaded_thenTheFileIsDecompressedWithItsLinesAndCharset() throws Exception {
        Exchange e = documentAnswer("/gzip", true);

        ReportDocument document = downloader.download(e);

        assertEquals(WINDOWS_1252, document.charset());
        assertEquals(3, document.lines());
        assertEquals(REPORT, Files.readString(document.file(), document.charset()));
        assertEquals(directory, document.file().getParent());
        assertEquals(document, e.getMessage().getBody());
    }

    @Test
    void givenAContentTypeWithoutCharset_whenDownloaded_thenTheFallbackCharsetIsUsedAndAnUnterminatedLastLineCounts() throws Exception {
        ReportDocument document = downloader.download(documentAnswer("/plain", false));

        assertEquals(StandardCharsets.ISO_8859_1, document.charset());
        assertEquals(2, document.lines());
        assertEquals("a\u00e9\nb", Files.readString(document.file(), document.charset()));
    }

    @Test
    void givenAQuotedOrUnknownCharset_whenRead_thenTheQuotedOneIsUsedAndTheUnknownOneFallsBack() {
        assertEquals(WINDOWS_1252, downloader.charset("text/plain; Charset=\"windows-1252\""));
        assertEquals(StandardCharsets.ISO_8859_1, downloader.charset("text/plain;charset=x-no-such-charset"));
    }

    @Test
    void givenATruncatedGzipDocument_whenDownloaded_thenTheDownloadFailsAndNoFileIsLeft() throws Exception {
        Exchange e = documentAnswer("/truncated", true);

        ReportDownloadException ex = assertThrows(ReportDownloadException.class, () -> downloader.download(e));

        assertTrue(ex.getMessage().contains("amzn1.spdoc.1.4.na.d1"), ex.getMessage());
        assertTrue(ex.getCause() instanceof IOException, String.valueOf(ex.getCause()));
        assertEquals(List.of(), filesLeft());
    }

    @Test
    void givenABodyThatStallsAfterItsFirstBytes_whenDownloaded_thenTheDeadlineEndsItAndNoFileIsLeft() throws Exception {
        serveStalling("/stalling");
        ReportDownloader shortDeadline = new ReportDownloader(Duration.ofSeconds(1), StandardCharsets.UTF_8, directory);
        Exchange e = documentAnswer("/stalling", false);

        ReportDownloadException ex = assertThrows(ReportDownloadException.class, () -> shortDeadline.download(e));

        assertTrue(ex.getMessage().contains("within PT1S"), ex.getMessage());
        assertEquals(List.of(), filesLeft());
    }

    @Test
    void givenTheStorageAnswers403_whenDownloaded_thenTheDownloadFailsWithTheStatusAndNoFileIsWritten() throws Exception {
        Exchange e = documentAnswer("/forbidden", false);

        ReportDownloadException ex = assertThrows(ReportDownloadException.class, () -> downloader.download(e));

        assertTrue(ex.getMessage().contains("HTTP 403"), ex.getMessage());
        assertTrue(ex.getMessage().contains("AccessDenied"), ex.getMessage());
        assertEquals(List.of(), filesLeft());
    }

    @Test
    void givenSpApiHeadersOnTheMessage_whenDownloaded_thenThePresignedUrlIsFetchedWithoutThem() throws Exception {
        downloader.download(documentAnswer("/gzip", true));

        Headers sent = requests.get("/gzip");
        assertNotNull(sent);
        assertFalse(sent.containsKey("x-amz-access-token"), sent.keySet().toString());
        assertFalse(sent.containsKey("Authorization"), sent.keySet().toString());
    }
}
