package io.sellerbridge.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Drops the byte order mark some report files start with: decoding UTF-8 keeps it as the character U+FEFF, which
 * would otherwise glue itself to the first column name or make the XML prolog invalid.
 */
final class ByteOrderMark {

    private static final char BOM = '\uFEFF';

    private ByteOrderMark() {
    }

    static BufferedReader skip(Reader document) {
        BufferedReader reader = document instanceof BufferedReader b ? b : new BufferedReader(document);
        try {
            reader.mark(1);
            if (reader.read() != BOM) {
                reader.reset();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("report document could not be read", e);
        }
        return reader;
    }
}
