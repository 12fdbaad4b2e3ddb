package io.sellerbridge.reports;

import java.io.Closeable;
import java.util.Iterator;

/** Streams entries; never holds the whole document. I/O failures surface as UncheckedIOException from hasNext/next. */
public interface ReportReader extends Iterator<ReportEntry>, Closeable {

    /** Data rows consumed so far (header excluded; XML: Messages), for progress. */
    long rowsRead();

    /**
     * Orders read so far that are not for amazon.orders.v1 and were left out without an entry: those of a sales
     * channel outside Amazon (multi-channel fulfilment) or of a marketplace the seller is not configured for.
     */
    long skipped();
}
