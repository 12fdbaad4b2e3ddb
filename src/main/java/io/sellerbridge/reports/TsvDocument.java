package io.sellerbridge.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * A tab-separated report read line by line: the header first (a byte order mark before it is dropped), then
 * one {@link TsvLine} per data line. CRLF and LF both end a line. Blank lines are skipped but keep their number, so
 * row numbers always point at the line in the file. Only the current line is held.
 */
final class TsvDocument implements AutoCloseable {

    private final BufferedReader lines;
    private final TsvHeader header;
    private long rowsRead;

    TsvDocument(Reader document, String reportType) {
        this.lines = ByteOrderMark.skip(document);
        String first = readLine();
        if (first == null) {
            throw new IllegalStateException(reportType + " document is empty: no header row");
        }
        this.header = new TsvHeader(first.split("\t", -1));
    }

    TsvHeader header() {
        return header;
    }

    /** The next non-blank data line, or null at the end of the document. */
    TsvLine next() {
        String line;
        do {
            line = readLine();
            if (line == null) {
                return null;
            }
            rowsRead++;
        } while (line.isBlank());
        return new TsvLine(rowsRead, line, cells(line, header.columns()));
    }

    /**
     * The line's cells, empty ones and trailing ones included ({@code split("\t", -1)} gives the same), sized for
     * the header's columns: a report's rows are split millions of times.
     */
    static String[] cells(String line, int columns) {
        String[] cells = new String[columns];
        int count = 0;
        int start = 0;
        for (int tab; (tab = line.indexOf('\t', start)) >= 0; start = tab + 1) {
            if (count == cells.length) {
                cells = java.util.Arrays.copyOf(cells, cells.length * 2 + 1);
            }
            cells[count++] = line.substring(start, tab);
        }
        if (count == cells.length) {
            cells = java.util.Arrays.copyOf(cells, cells.length + 1);
        }
        cells[count++] = line.substring(start);
        return count == cells.length ? cells : java.util.Arrays.copyOf(cells, count);
    }

    long rowsRead() {
        return rowsRead;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }

    private String readLine() {
        try {
            return lines.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("report document could not be read after row " + rowsRead, e);
        }
    }
}
