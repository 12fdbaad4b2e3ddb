package io.sellerbridge.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Test helper: report documents as the download delivers them, and what a reader makes of them. */
final class ReportFixtures {

    static final ReportContext CONTEXT = new ReportContext("A2SELLER", "ATVPDKIKX0DER", "50028020354",
            Instant.parse("2026-11-02T10:15:30Z"));

    private ReportFixtures() {
    }

    /** Every entry, in order, closing the reader. */
    static List<ReportEntry> readAll(String reportType, Reader document) {
        try (ReportReader reader = ReportFormats.forReportType(reportType).open(document, CONTEXT)) {
            List<ReportEntry> entries = new ArrayList<>();
            reader.forEachRemaining(entries::add);
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ReportEntry> readAll(String reportType, String document) {
        return readAll(reportType, new StringReader(document));
    }

    static <T> List<T> messages(List<ReportEntry> entries, Class<T> type) {
        return entries.stream().filter(ReportEntry.Message.class::isInstance).map(ReportEntry.Message.class::cast)
                .map(m -> type.cast(m.canonical())).toList();
    }

    static List<ReportEntry.BadRow> badRows(List<ReportEntry> entries) {
        return entries.stream().filter(ReportEntry.BadRow.class::isInstance).map(ReportEntry.BadRow.class::cast)
                .toList();
    }

    /** Tab-separated lines joined by the given line end, with one after the last line as Amazon writes it. */
    static String tsv(String lineEnd, List<String> lines) {
        return String.join(lineEnd, lines) + lineEnd;
    }

    static String cells(String... cells) {
        return String.join("\t", cells);
    }

    /**
     * The document gzipped as Amazon stores it, cut off in the middle of the compressed stream (a dropped download),
     * then decompressed as a client would: the reader gets the start of the document and then an I/O error.
     */
    static Reader truncatedGzip(String document) {
        byte[] gzip = gzip(document);
        byte[] cut = Arrays.copyOf(gzip, gzip.length * 2 / 3);
        try {
            return new InputStreamReader(new GZIPInputStream(new ByteArrayInputStream(cut)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(String document) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(document.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
