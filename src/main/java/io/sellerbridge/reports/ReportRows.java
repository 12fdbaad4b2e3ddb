package io.sellerbridge.reports;

import io.sellerbridge.kafka.DeadLetterRecord;
import org.apache.camel.Exchange;

/** A report row that could not be read, made ready for the dead-letter topic: its row number, reason and text. */
public class ReportRows {

    public void deadLetter(Exchange exchange) {
        ReportEntry.BadRow bad = exchange.getMessage().getBody(ReportEntry.BadRow.class);
        String reportId = exchange.getProperty(ReportJobs.REPORT_ID, String.class);
        exchange.setProperty(DeadLetterRecord.REASON, "report " + reportId + " row " + bad.rowNumber() + ": " + bad.reason());
        exchange.setProperty(DeadLetterRecord.SUBJECT, "report:" + reportId + ":row:" + bad.rowNumber());
        exchange.setProperty(DeadLetterRecord.ROW_NUMBER, bad.rowNumber());
        exchange.setProperty(DeadLetterRecord.RAW_PAYLOAD, bad.raw());
        exchange.getMessage().setBody(null);
    }
}
