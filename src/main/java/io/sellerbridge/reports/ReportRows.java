package io.sellerbridge.reports;

import io.sellerbridge.canonical.CanonicalOrder;
import io.sellerbridge.kafka.DeadLetterRecord;
import org.apache.camel.Exchange;

/**
 * Sorts what a report yields for the route: a canonical order or inventory level becomes the body; a row that
 * could not be read goes to the dead-letter topic with its row number, reason and text.
 */
public class ReportRows {

    public static final String KIND = "reportEntryKind";

    public void classify(Exchange exchange) {
        ReportEntry entry = exchange.getMessage().getBody(ReportEntry.class);
        if (entry instanceof ReportEntry.BadRow bad) {
            String reportId = exchange.getProperty(ReportJobs.REPORT_ID, String.class);
            exchange.setProperty(KIND, "bad");
            exchange.setProperty(DeadLetterRecord.REASON, "report " + reportId + " row " + bad.rowNumber() + ": " + bad.reason());
            exchange.setProperty(DeadLetterRecord.SUBJECT, "report:" + reportId + ":row:" + bad.rowNumber());
            exchange.setProperty(DeadLetterRecord.ROW_NUMBER, bad.rowNumber());
            exchange.setProperty(DeadLetterRecord.RAW_PAYLOAD, bad.raw());
            exchange.getMessage().setBody(null);
        } else if (entry instanceof ReportEntry.Message message) {
            exchange.setProperty(KIND, message.canonical() instanceof CanonicalOrder ? "order" : "inventory");
            exchange.getMessage().setBody(message.canonical());
        }
    }
}
