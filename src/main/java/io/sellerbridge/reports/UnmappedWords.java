package io.sellerbridge.reports;

import io.sellerbridge.canonical.CanonicalOrder;
import io.sellerbridge.observe.BundleMetrics;

/**
 * Counts the orders a report stream reads with a word kept as written (no sourced Orders API name), per field and
 * word, so operations see a new word of Amazon's and can have its meaning sourced.
 */
final class UnmappedWords {

    private final String stream;
    private final BundleMetrics metrics;

    UnmappedWords(String stream, BundleMetrics metrics) {
        this.stream = stream;
        this.metrics = metrics;
    }

    void count(ReportEntry entry) {
        if (entry instanceof ReportEntry.Message message && message.canonical() instanceof CanonicalOrder order) {
            if (order.reportOrderStatus() != null) {
                metrics.unmappedReportWord(stream, "orderStatus", order.reportOrderStatus());
            }
            if (order.reportFulfillmentChannel() != null) {
                metrics.unmappedReportWord(stream, "fulfillmentChannel", order.reportFulfillmentChannel());
            }
        }
    }
}
