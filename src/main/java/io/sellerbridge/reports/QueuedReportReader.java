package io.sellerbridge.reports;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.NoSuchElementException;

/**
 * The iterator plumbing every reader shares: entries are read ahead into a small queue (one order's bad rows and its
 * message at most), so hasNext() can answer without losing a row.
 */
abstract class QueuedReportReader implements ReportReader {

    private final Deque<ReportEntry> ready = new ArrayDeque<>();
    private boolean exhausted;
    private long skipped;

    /** Reads on (one row or Message at least); false once nothing is left to read. */
    abstract boolean readMore(Deque<ReportEntry> ready);

    /** Counts an order left out without an entry. */
    final void skip() {
        skipped++;
    }

    @Override
    public final long skipped() {
        return skipped;
    }

    @Override
    public final boolean hasNext() {
        while (ready.isEmpty() && !exhausted) {
            exhausted = !readMore(ready);
        }
        return !ready.isEmpty();
    }

    @Override
    public final ReportEntry next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the report has no more entries");
        }
        return ready.removeFirst();
    }
}
