package io.sellerbridge.reports;

import io.sellerbridge.observe.BundleMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/** Logs and exports how far a report is read: rows done of total, rows per second, and the time left. */
final class ReportProgress {

    private static final Logger LOG = LoggerFactory.getLogger(ReportProgress.class);
    private static final long LOG_EVERY_NANOS = Duration.ofSeconds(10).toNanos();
    /** The gauge follows the reader closely (it shows back-pressure), at the cost of a map look-up per 1000 rows. */
    private static final long EXPORT_EVERY_ROWS = 1000;

    private final String reportId;
    private final String stream;
    private final String sellerId;
    private final long total;
    private final BundleMetrics metrics;
    private final long startNanos = System.nanoTime();
    private long lastLogNanos = startNanos;
    private long lastExported;

    ReportProgress(String stream, String sellerId, String reportId, long total, BundleMetrics metrics) {
        this.stream = stream;
        this.sellerId = sellerId;
        this.reportId = reportId;
        this.total = total;
        this.metrics = metrics;
    }

    void rows(long done) {
        if (done - lastExported >= EXPORT_EVERY_ROWS) {
            lastExported = done;
            metrics.reportProgress(stream, sellerId, done, total);
            long now = System.nanoTime();
            if (now - lastLogNanos >= LOG_EVERY_NANOS) {
                log(done, now);
            }
        }
    }

    void finished(long done) {
        metrics.reportProgress(stream, sellerId, done, total);
        log(done, System.nanoTime());
    }

    private void log(long done, long now) {
        lastLogNanos = now;
        double seconds = Math.max(1e-3, (now - startNanos) / 1e9);
        double rate = done / seconds;
        long etaSeconds = rate > 0 ? Math.round(Math.max(0, total - done) / rate) : -1;
        LOG.info("Report {} ({}): {}/{} rows, {} rows/s, ETA {} s", reportId, stream, done, total,
                Math.round(rate), etaSeconds);
    }
}
