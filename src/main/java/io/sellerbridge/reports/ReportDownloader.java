package io.sellerbridge.reports;

import io.sellerbridge.amazon.MalformedResponseException;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * Downloads a report document at once (Amazon's URL expires after 5 minutes) to a temporary file, gunzipping it
 * when getReportDocument says GZIP and counting its lines for progress. A truncated gzip stream or an HTTP error fails
 * the download before anything is published, so a report is published whole or not at all. The presigned URL is
 * fetched exactly as given, with no SP-API headers: the access token must not travel to the storage service.
 */
public class ReportDownloader {

    private static final Logger LOG = LoggerFactory.getLogger(ReportDownloader.class);


    /** Closes a download's stream at its deadline: HttpClient's own timeout stops at the response headers. */
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "report-download-deadline");
        t.setDaemon(true);
        return t;
    });

    private final HttpClient http;
    private final Duration timeout;
    private final Charset fallbackCharset;
    private final Path directory;

    public ReportDownloader(Duration timeout, Charset fallbackCharset, Path directory) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        this.timeout = timeout;
        this.fallbackCharset = fallbackCharset;
        this.directory = directory;
    }

    /** Body: getReportDocument's answer. Afterwards the body is the {@link ReportDocument}. */
    public ReportDocument download(Exchange exchange) throws IOException, InterruptedException {
        JsonNode document = exchange.getMessage().getBody(JsonNode.class);
        String url = document.path("url").asText("");
        if (url.isEmpty()) {
            throw new MalformedResponseException("getReportDocument answered without a url",
                    document.toString(), null);
        }
        boolean gzip = "GZIP".equals(document.path("compressionAlgorithm").asText(""));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        String documentId = document.path("reportDocumentId").asText();
        if (response.statusCode() != 200) {
            String body;
            try (InputStream in = response.body()) {
                body = new String(in.readNBytes(512), java.nio.charset.StandardCharsets.UTF_8);
            }
            throw new ReportDownloadException("download of report document " + documentId + " answered HTTP "
                    + response.statusCode() + ": " + body, null);
        }
        LOG.info("Downloading report document {}{}", documentId, gzip ? " (GZIP)" : "");
        Charset charset = charset(response.headers().firstValue("Content-Type").orElse(""));
        Files.createDirectories(directory);
        Path file = Files.createTempFile(directory, "report-" + documentId.replaceAll("[^A-Za-z0-9._-]", "_") + "-", ".txt");
        InputStream raw = response.body();
        // a stalled body would hold the stream's thread (and its stateful schedule) for ever
        ScheduledFuture<?> deadline = DEADLINES.schedule(() -> closeQuietly(raw), timeout.toMillis(), TimeUnit.MILLISECONDS);
        try (raw;
             InputStream in = gzip ? new GZIPInputStream(raw, 64 * 1024) : raw;
             OutputStream out = Files.newOutputStream(file)) {
            long lines = copyCountingLines(in, out);
            LOG.info("Downloaded report document {}: {} lines", documentId, lines);
            ReportDocument result = new ReportDocument(file, charset, lines);
            exchange.getMessage().setBody(result);
            return result;
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw new ReportDownloadException("report document " + documentId + " could not be read whole within "
                    + timeout + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); nothing of it was published", e);
        } finally {
            deadline.cancel(false);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the reading thread sees the stream fail, which is the point
        }
    }

    private static long copyCountingLines(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long lines = 0;
        int last = '\n';
        for (int n; (n = in.read(buffer)) > 0; ) {
            out.write(buffer, 0, n);
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    lines++;
                }
            }
            last = buffer[n - 1];
        }
        return last == '\n' ? lines : lines + 1;
    }

    /** The charset the download names ("text/plain;charset=Cp1252"); Amazon does not always name one. */
    Charset charset(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring("charset=".length()).replace("\"", "").trim();
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return fallbackCharset;
                }
            }
        }
        return fallbackCharset;
    }
}
