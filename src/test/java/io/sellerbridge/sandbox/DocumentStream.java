package io.sellerbridge.sandbox;

import java.io.IOException;
import java.io.Writer;

/**
 * Where a document's pieces go on their way to the gzip stream: counts data rows, breaks the one
 * {@link Faults#corruptNextDocumentRow} names, and stops after {@code stopAfterRows} rows for a truncated download,
 * flushing first so those rows' compressed bytes are all on the wire.
 */
final class DocumentStream implements ReportDocumentContent.Out {

    private final Writer out;
    private final ReportDocumentContent content;
    private final long corruptRow;
    private final long stopAfterRows;
    private long rows;

    DocumentStream(Writer out, ReportDocumentContent content, long corruptRow, long stopAfterRows) {
        this.out = out;
        this.content = content;
        this.corruptRow = corruptRow;
        this.stopAfterRows = stopAfterRows;
    }

    @Override
    public void text(String text) throws IOException {
        out.write(text);
    }

    @Override
    public boolean row(String row) throws IOException {
        rows++;
        out.write(rows == corruptRow ? content.corrupt(row) : row);
        if (rows >= stopAfterRows) {
            out.flush();
            return false;
        }
        return true;
    }
}
