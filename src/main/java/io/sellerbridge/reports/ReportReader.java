package io.sellerbridge.reports;

import java.io.Closeable;
import java.util.Iterator;

/** Streams entries; never holds the whole document. I/O failures surface as UncheckedIOException from hasNext/next. */
public interface ReportReader extends Iterator<ReportEntry>, Closeable {

    /** Data rows consumed so far (header excluded; XML: Messages), for progress. */
    long rowsRead();
}
