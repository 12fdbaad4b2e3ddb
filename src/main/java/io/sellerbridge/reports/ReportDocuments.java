package io.sellerbridge.reports;

import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.config.StopSignal;
import io.sellerbridge.observe.BundleMetrics;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * Opens a downloaded report for the streaming split: the format of its report type reads it entry by entry, with
 * progress reported as it goes. The file is deleted once the report was published (or failed).
 */
public class ReportDocuments {

    public static final String DOCUMENT = "reportDocument";

    private static final Logger LOG = LoggerFactory.getLogger(ReportDocuments.class);

    private final Clock clock;
    private final BundleMetrics metrics;
    private final Map<String, ReportStream> streams;
    private final int batchSize;
    private final StopSignal stopSignal;

    public ReportDocuments(Clock clock, BundleMetrics metrics, Map<String, ReportStream> streams, int batchSize,
                           StopSignal stopSignal) {
        this.clock = clock;
        this.stopSignal = stopSignal;
        this.metrics = metrics;
        this.streams = streams;
        this.batchSize = batchSize;
    }

    /** The document's entries in batches of {@code spapi.reports.batch-size}, for the streaming split. */
    public ReportBatchIterator batches(Exchange exchange) throws IOException {
        return new ReportBatchIterator(entries(exchange), batchSize, () -> stopSignal.check(exchange));
    }

    private ReportReader entries(Exchange exchange) throws IOException {
        ReportDocument document = exchange.getMessage().getBody(ReportDocument.class);
        exchange.setProperty(DOCUMENT, document);
        ReportJob job = exchange.getProperty(ReportJobs.JOB, ReportJob.class);
        String reportId = exchange.getProperty(ReportJobs.REPORT_ID, String.class);
        ReportStream stream = streams.get(job.stream());
        BufferedReader text = new BufferedReader(new InputStreamReader(Files.newInputStream(document.file()),
                document.charset()), 64 * 1024);
        ReportReader reader = stream.format().open(text,
                new ReportContext(job.sellerId(), job.marketplaceId(), Set.copyOf(job.marketplaceIds()), reportId,
                        clock.instant()));
        exchange.setProperty(AmazonCall.SELLER_ID, job.sellerId());
        // header row excluded from the total for flat files; XML counts are approximate (lines, not messages)
        return new ProgressReader(reader, reportId, new ReportProgress(job.stream(), job.sellerId(), reportId,
                Math.max(0, document.lines() - 1), metrics), new UnmappedWords(job.stream(), metrics));
    }

    public void delete(Exchange exchange) {
        ReportDocument document = exchange.getProperty(DOCUMENT, ReportDocument.class);
        if (document != null) {
            try {
                Files.deleteIfExists(document.file());
            } catch (IOException e) {
                throw new UncheckedIOException("could not delete " + document.file(), e);
            }
        }
    }

    /** Reports progress, and the words kept as written, as the split pulls entries. */
    private static final class ProgressReader implements ReportReader {

        private final ReportReader reader;
        private final String reportId;
        private final ReportProgress progress;
        private final UnmappedWords unmapped;
        private boolean finished;

        ProgressReader(ReportReader reader, String reportId, ReportProgress progress, UnmappedWords unmapped) {
            this.reader = reader;
            this.reportId = reportId;
            this.progress = progress;
            this.unmapped = unmapped;
        }

        @Override
        public boolean hasNext() {
            boolean more = reader.hasNext();
            if (!more && !finished) {
                finished = true;
                progress.finished(reader.rowsRead());
                if (reader.skipped() > 0) {
                    LOG.info("Report {}: {} orders skipped (sales channel outside Amazon or marketplace not configured)",
                            reportId, reader.skipped());
                }
            }
            return more;
        }

        @Override
        public ReportEntry next() {
            ReportEntry entry = reader.next();
            progress.rows(reader.rowsRead());
            unmapped.count(entry);
            return entry;
        }

        @Override
        public long rowsRead() {
            return reader.rowsRead();
        }

        @Override
        public long skipped() {
            return reader.skipped();
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
