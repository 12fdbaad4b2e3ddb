package io.sellerbridge.reports;

import io.sellerbridge.amazon.MalformedResponseException;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Follows one report through Amazon: remembers the reportId createReport returned, reads each getReport answer and
 * decides whether to wait again (with a growing pause), go on to the document (DONE), skip (CANCELLED: Amazon
 * cancels a report that has no data), or fail (FATAL, or not done within the timeout).
 */
public class ReportJobs {

    public static final String JOB = "reportJob";
    public static final String REPORT_ID = "reportId";
    public static final String DOCUMENT_ID = "reportDocumentId";
    public static final String STATUS = "reportStatus";
    public static final String PENDING = "reportPending";
    public static final String POLL_DELAY = "reportPollDelay";
    private static final String DEADLINE = "reportDeadline";

    private static final Logger LOG = LoggerFactory.getLogger(ReportJobs.class);

    private final Clock clock;
    private final Duration firstPoll;
    private final Duration maxPoll;
    private final Duration timeout;

    public ReportJobs(Clock clock, Duration firstPoll, Duration maxPoll, Duration timeout) {
        this.clock = clock;
        this.firstPoll = firstPoll;
        this.maxPoll = maxPoll;
        this.timeout = timeout;
    }

    /** The job in the body becomes the exchange's current report. */
    public void start(Exchange exchange) {
        ReportJob job = exchange.getMessage().getBody(ReportJob.class);
        exchange.setProperty(JOB, job);
        exchange.setProperty(REPORT_ID, null);
        exchange.setProperty(DOCUMENT_ID, null);
        exchange.setProperty(STATUS, null);
        exchange.setProperty(PENDING, true);
        exchange.setProperty(POLL_DELAY, firstPoll.toMillis());
        exchange.setProperty(DEADLINE, clock.instant().plus(timeout));
    }

    public void created(Exchange exchange) {
        JsonNode answer = exchange.getMessage().getBody(JsonNode.class);
        String reportId = answer.path("reportId").asText("");
        if (reportId.isEmpty()) {
            throw new MalformedResponseException("createReport answered without a reportId", answer.toString(), null);
        }
        exchange.setProperty(REPORT_ID, reportId);
        LOG.info("Requested report {}: {}", reportId, exchange.getProperty(JOB, ReportJob.class));
    }

    public void status(Exchange exchange) {
        JsonNode report = exchange.getMessage().getBody(JsonNode.class);
        String reportId = exchange.getProperty(REPORT_ID, String.class);
        String status = report.path("processingStatus").asText("");
        exchange.setProperty(STATUS, status);
        switch (status) {
            case "DONE" -> {
                String documentId = report.path("reportDocumentId").asText("");
                if (documentId.isEmpty()) {
                    throw new MalformedResponseException("report " + reportId + " is DONE without a reportDocumentId",
                            report.toString(), null);
                }
                exchange.setProperty(DOCUMENT_ID, documentId);
                exchange.setProperty(PENDING, false);
            }
            case "CANCELLED" -> {
                LOG.info("Report {} was cancelled by Amazon (no data in the window): nothing to publish", reportId);
                exchange.setProperty(PENDING, false);
            }
            case "FATAL" -> throw new ReportFailedException("Amazon could not produce report " + reportId + " ("
                    + exchange.getProperty(JOB, ReportJob.class) + "): FATAL"
                    + (report.hasNonNull("reportDocumentId") ? ", see its document " + report.get("reportDocumentId").asText() : ""));
            case "IN_QUEUE", "IN_PROGRESS" -> waitAgain(exchange, reportId, status);
            default -> throw new MalformedResponseException("report " + reportId + " has an unknown processingStatus '"
                    + status + "'", report.toString(), null);
        }
    }

    private void waitAgain(Exchange exchange, String reportId, String status) {
        if (clock.instant().isAfter(exchange.getProperty(DEADLINE, Instant.class))) {
            throw new ReportFailedException("report " + reportId + " still " + status + " after " + timeout);
        }
        long delay = exchange.getProperty(POLL_DELAY, Long.class);
        // Amazon takes minutes to hours; ask less often the longer it takes (getReport's own bucket is 2/s)
        exchange.setProperty(POLL_DELAY, Math.min(maxPoll.toMillis(), Math.round(delay * 1.5)));
    }
}
