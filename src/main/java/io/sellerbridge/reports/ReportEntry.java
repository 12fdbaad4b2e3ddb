package io.sellerbridge.reports;

import io.sellerbridge.canonical.CanonicalInventory;
import io.sellerbridge.canonical.CanonicalOrder;

/** One thing read from a report: a canonical message spanning rows [firstRow, lastRow], or a row that could not be read. */
public sealed interface ReportEntry {

    /** {@code canonical} is a CanonicalOrder or a CanonicalInventory; {@code recordKey} is its Kafka key. */
    record Message(Object canonical, String recordKey, long firstRow, long lastRow) implements ReportEntry {
    }

    /**
     * A row (TSV: 1-based data row, the header being row 0; XML: 1-based index of the {@code <Message>}) that could
     * not become a message; {@code raw} is the row as written (XML: the AmazonOrderID), for the dead-letter topic.
     */
    record BadRow(long rowNumber, String reason, String raw) implements ReportEntry {
    }
}
