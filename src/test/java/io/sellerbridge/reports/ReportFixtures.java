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
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Test helper: report documents as the download delivers them, and what a reader makes of them. */
final class ReportFixtures {

    static final String US = "ATVPDKIKX0DER";
    static final String DE = "A1PA6795UKMFR9";

    /** An orders report's: region-wide, so no marketplace of its own; the seller sells in the US and Germany. */
    static final ReportContext ORDERS = new ReportContext("A2SELLER", null, Set.of(US, DE), "50028020354",
            Instant.parse("2026-11-02T10:15:30Z"));
    /** The inventory report's: asked per marketplace. */
    static final ReportContext INVENTORY = new ReportContext("A2SELLER", US, Set.of(US, DE), "50028020354",
            Instant.parse("2026-11-02T10:15:30Z"));

    /** What a reader yields, and how many orders it left out without an entry. */
    record Read(List<ReportEntry> entries, long skipped) {
    }

    private ReportFixtures() {
    }

    /** Every entry, in order, closing the reader. */
    static List<ReportEntry> readAll(String reportType, Reader document) {
        return read(reportType, document).entries();
    }

    static Read read(String reportType, Reader document) {
        ReportContext context = ReportFormats.FBA_MYI_UNSUPPRESSED_INVENTORY.equals(reportType) ? INVENTORY : ORDERS;
        try (ReportReader reader = ReportFormats.forReportType(reportType).open(document, context)) {
            List<ReportEntry> entries = new ArrayList<>();
            reader.forEachRemaining(entries::add);
            return new Read(entries, reader.skipped());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Read read(String reportType, String document) {
        return read(reportType, new StringReader(document));
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
