package io.sellerbridge.reports;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** The entries of a report in consecutive batches of at most {@code size}, read on demand; closing closes the report. */
final class ReportBatchIterator implements Iterator<List<ReportEntry>>, Closeable {

    private final ReportReader reader;
    private final int size;

    ReportBatchIterator(ReportReader reader, int size) {
        this.reader = reader;
        this.size = size;
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
