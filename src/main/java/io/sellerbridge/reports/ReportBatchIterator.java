package io.sellerbridge.reports;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The entries of a report in consecutive batches of at most {@code size}, read on demand; closing closes the report.
 * Before each batch {@code beforeBatch} runs: the bundle's stop signal, which ends the reading (and fails the window)
 * at once instead of after the rest of a document of millions of rows.
 */
final class ReportBatchIterator implements Iterator<List<ReportEntry>>, Closeable {

    private final ReportReader reader;
    private final int size;
    private final Runnable beforeBatch;

    ReportBatchIterator(ReportReader reader, int size, Runnable beforeBatch) {
        this.reader = reader;
        this.size = size;
        this.beforeBatch = beforeBatch;
    }

    @Override
    public boolean hasNext() {
        return reader.hasNext();
    }

    @Override
    public List<ReportEntry> next() {
        if (!reader.hasNext()) {
            throw new NoSuchElementException();
        }
        beforeBatch.run();
        List<ReportEntry> batch = new ArrayList<>(size);
        while (batch.size() < size && reader.hasNext()) {
            batch.add(reader.next());
        }
        return batch;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
