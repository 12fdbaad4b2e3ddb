package io.sellerbridge.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The report document download at its presigned URL, behaving like S3 rather than SP-API: no access token and no
 * usage plan, S3's XML errors (403 SignatureDoesNotMatch, 403 AccessDenied "Request has expired", 404 NoSuchKey),
 * and the body gzipped on the fly in the configured charset, chunked, so no document is ever built in memory.
 * Counted in {@link CallStats} and faulted through {@link Faults} as "reportDocument"; a malformed fault
 * ({@link Faults#truncateNextDocuments}) cuts the gzip stream after half the rows (at least one).
 */
final class ReportDocumentEndpoint extends FaultedEndpoint {
    private static final String OPERATION = Operations.REPORT_DOCUMENT;

    private final SandboxReports reports;
    private final PresignedUrls urls;
    private final Charset charset;
    private final Faults faults;

    ReportDocumentEndpoint(SandboxReports reports, PresignedUrls urls, Charset charset, CallStats stats,
                           Faults faults) {
        super(stats, faults);
        this.reports = reports;
        this.urls = urls;
        this.charset = charset;
        this.faults = faults; // the corrupt-row fault is taken while the document streams
    }

    /** Only GET reads a document; S3 answers any other method 405. */
    @Override
    String operation(HttpExchange exchange) {
        return "GET".equals(exchange.getRequestMethod()) ? OPERATION : null;
    }

    @Override
    void refuse(HttpExchange exchange) throws IOException {
        s3Error(exchange, 405, "MethodNotAllowed", "The specified method is not allowed against this resource.", "");
    }

    @Override
    void respond(HttpExchange exchange, String operation, Faults.Fault fault) throws IOException {
        stats.answered(OPERATION, answer(exchange, fault));
    }

    private int answer(HttpExchange exchange, Faults.Fault fault) throws IOException {
        if (fault != null && fault.kind() == Faults.Kind.FAIL) {
            return s3Error(exchange, fault.status(), failureCode(fault.status()), "Injected failure.", "");
        }
        if (fault != null && fault.kind() == Faults.Kind.THROTTLE) {
            return s3Error(exchange, 503, "SlowDown", "Please reduce your request rate.", "");
        }
        String documentId = exchange.getRequestURI().getPath().substring(PresignedUrls.PATH.length());
        PresignedUrls.Check check = urls.check(documentId, QueryParams.parse(exchange.getRequestURI().getRawQuery()),
                Instant.now());
        switch (check.verdict()) {
            case MISSING_PARAMETERS -> {
                return s3Error(exchange, 400, "AuthorizationQueryParametersError", "Query-string authentication "
                        + "version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, "
                        + "X-Amz-SignedHeaders, and X-Amz-Expires parameters.", "");
            }
            case SIGNATURE_MISMATCH -> {
                return s3Error(exchange, 403, "SignatureDoesNotMatch", "The request signature we calculated does not "
                        + "match the signature you provided. Check your key and signing method.", "");
            }
            case EXPIRED -> {
                return s3Error(exchange, 403, "AccessDenied", "Request has expired", "<X-Amz-Expires>"
                        + check.expiresSeconds() + "</X-Amz-Expires><Expires>" + check.expiredAt()
                        + "</Expires><ServerTime>" + Instant.now() + "</ServerTime>");
            }
            default -> {
                ReportDocumentContent content = reports.document(documentId);
                if (content == null) {
                    return s3Error(exchange, 404, "NoSuchKey", "The specified key does not exist.",
                            "<Key>" + documentId + "</Key>");
                }
                boolean truncate = fault != null && fault.kind() == Faults.Kind.MALFORMED;
                stream(exchange, content, truncate);
                return 200;
            }
        }
    }

    /**
     * Gzips the document into the chunked response as it is written. A truncated download stops after half the rows,
     * flushed (so they arrive whole), and ends the response without the gzip trailer.
     */
    private void stream(HttpExchange exchange, ReportDocumentContent content, boolean truncate) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", content.mediaType() + ";charset=" + charset.name());
        exchange.getResponseHeaders().set("x-amz-request-id", requestId());
        long corruptRow = faults.takeCorruptDocumentRow();
        if (content instanceof RenderedDocument rendered && !truncate && corruptRow == 0) {
            exchange.sendResponseHeaders(200, Files.size(rendered.gzipped()));
            try (OutputStream body = exchange.getResponseBody()) {
                Files.copy(rendered.gzipped(), body);
            }
            return;
        }
        exchange.sendResponseHeaders(200, 0);
        long stopAfter = truncate ? Math.max(1, content.dataRows() / 2) : Long.MAX_VALUE;
        OutputStream body = exchange.getResponseBody();
        writeGzipped(content, body, charset, corruptRow, stopAfter);
        if (truncate) {
            body.close(); // ends the chunked response; the gzip stream never gets its end
        }
    }

    /**
     * Writes the document gzipped; flushed but not finished after {@code stopAfter} rows (a truncated download). The
     * Charset constructor replaces what the charset cannot encode with '?', as Amazon's files show.
     */
    static void writeGzipped(ReportDocumentContent content, OutputStream out, Charset charset, long corruptRow,
                             long stopAfter) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(new FastGzip(out), charset));
        content.write(new DocumentStream(writer, content, corruptRow, stopAfter));
        if (stopAfter == Long.MAX_VALUE) {
            writer.close();
        } else {
            writer.flush();
        }
    }

    private static int s3Error(HttpExchange exchange, int status, String code, String message, String extra)
            throws IOException {
        byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
                + message + "</Message>" + extra + "<RequestId>" + requestId() + "</RequestId><HostId>"
                + UUID.randomUUID() + "</HostId></Error>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/xml");
        exchange.getResponseHeaders().set("x-amz-request-id", requestId());
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
        return status;
    }

    private static String failureCode(int status) {
        return switch (status) {
            case 403 -> "AccessDenied";
            case 404 -> "NoSuchKey";
            case 500 -> "InternalError";
            case 503 -> "ServiceUnavailable";
            default -> "InternalError";
        };
    }

    private static String requestId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
    }

    /**
     * Amazon compresses a document once, before it is asked for; this sandbox compresses while it serves, so it uses
     * the fastest level, keeping its own cost out of the bundle's download time (benchmarks share two cores).
     */
    private static final class FastGzip extends GZIPOutputStream {

        FastGzip(OutputStream out) throws IOException {
            super(out, 8192, true);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
