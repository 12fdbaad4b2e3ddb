package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The reports created through the sandbox's Reports API and their documents. A report spends the first half of
 * {@link SandboxOptions#reportProcessingTime} IN_QUEUE and the second IN_PROGRESS; when that time is up it is
 * settled once: FATAL if {@link Faults#fatalNextReports} chose it, CANCELLED when no data matched (as Amazon cancels
 * reports without data), otherwise DONE with a document fixed from the data of that moment. Tests read
 * {@link #created()} as ground truth. Thread-safe.
 */
public final class SandboxReports {

    /** What a test may know of a report: what was asked for and its processingStatus now. */
    public record CreatedReport(String reportId, String sellerId, String reportType, List<String> marketplaceIds,
                                Instant dataStartTime, Instant dataEndTime, String status) {
    }

    private static final class Stored {
        final String reportId;
        final String sellerId;
        final String reportType;
        final List<String> marketplaceIds;
        final Instant dataStartTime;
        final Instant dataEndTime;
        final Instant createdTime;
        final boolean fatal;
        String settledStatus;
        String documentId;
        ReportDocumentContent content;

        Stored(String reportId, String sellerId, String reportType, List<String> marketplaceIds, Instant dataStartTime,
               Instant dataEndTime, Instant createdTime, boolean fatal) {
            this.reportId = reportId;
            this.sellerId = sellerId;
            this.reportType = reportType;
            this.marketplaceIds = List.copyOf(marketplaceIds);
            this.dataStartTime = dataStartTime;
            this.dataEndTime = dataEndTime;
            this.createdTime = createdTime;
            this.fatal = fatal;
        }
    }

    private final Duration processingTime;
    private final ReportContents contents;
    private final Faults faults;
    private final SplittableRandom ids = new SplittableRandom();
    private final Map<String, Stored> byId = new LinkedHashMap<>();
    private final Map<String, Stored> byDocumentId = new HashMap<>();

    private final UnaryOperator<ReportDocumentContent> finish;

    /** @param finish what becomes of a document when its report is done (e.g. {@link RenderedDocument#render}) */
    SandboxReports(Duration processingTime, ReportContents contents, Faults faults,
                   UnaryOperator<ReportDocumentContent> finish) {
        this.processingTime = processingTime;
        this.contents = contents;
        this.faults = faults;
        this.finish = finish;
    }

    /** Every report created so far, oldest first, with its status at this moment. */
    public synchronized List<CreatedReport> created() {
        Instant now = Instant.now();
        List<CreatedReport> reports = new ArrayList<>(byId.size());
        for (Stored r : byId.values()) {
            reports.add(new CreatedReport(r.reportId, r.sellerId, r.reportType, r.marketplaceIds, r.dataStartTime,
                    r.dataEndTime, status(r, now)));
        }
        return reports;
    }

    /** Creates a report and returns its reportId (Amazon's are numbers, 11 digits these days). */
    synchronized String create(String sellerId, String reportType, List<String> marketplaceIds, Instant dataStartTime,
                               Instant dataEndTime, Instant now) {
        String reportId;
        do {
            reportId = Long.toString(50_000_000_000L + ids.nextLong(10_000_000_000L));
        } while (byId.containsKey(reportId));
        byId.put(reportId, new Stored(reportId, sellerId, reportType, marketplaceIds, dataStartTime, dataEndTime,
                now, faults.takeFatalReport()));
        return reportId;
    }

    /** getReport's {@code Report}, or null when the seller has no such report. */
    synchronized ObjectNode report(String sellerId, String reportId, Instant now) {
        Stored r = byId.get(reportId);
        if (r == null || !r.sellerId.equals(sellerId)) {
            return null;
        }
        String status = status(r, now);
        ObjectNode json = Json.object();
        json.put("reportId", r.reportId);
        json.put("reportType", r.reportType);
        ArrayNode marketplaces = json.putArray("marketplaceIds");
        r.marketplaceIds.forEach(marketplaces::add);
        json.put("dataStartTime", ReportTimes.format(r.dataStartTime));
        json.put("dataEndTime", ReportTimes.format(r.dataEndTime));
        json.put("createdTime", ReportTimes.format(r.createdTime));
        json.put("processingStatus", status);
        if (!"IN_QUEUE".equals(status)) {
            json.put("processingStartTime", ReportTimes.format(r.createdTime.plus(processingTime.dividedBy(2))));
        }
        if (r.settledStatus != null) {
            json.put("processingEndTime", ReportTimes.format(r.createdTime.plus(processingTime)));
        }
        if (r.documentId != null) {
            json.put("reportDocumentId", r.documentId);
        }
        return json;
    }

    /** Whether the seller may ask for this document (it belongs to one of its DONE reports). */
    synchronized boolean ownsDocument(String sellerId, String documentId) {
        Stored r = byDocumentId.get(documentId);
        return r != null && r.sellerId.equals(sellerId);
    }

    /** The document behind a download, or null for an unknown id. */
    synchronized ReportDocumentContent document(String documentId) {
        Stored r = byDocumentId.get(documentId);
        return r == null ? null : r.content;
    }

    private String status(Stored r, Instant now) {
        if (r.settledStatus != null) {
            return r.settledStatus;
        }
        Instant end = r.createdTime.plus(processingTime);
        if (now.isBefore(end)) {
            return now.isBefore(r.createdTime.plus(processingTime.dividedBy(2))) ? "IN_QUEUE" : "IN_PROGRESS";
        }
        settle(r);
        return r.settledStatus;
    }

    private void settle(Stored r) {
        if (r.fatal) {
            r.settledStatus = "FATAL";
            return;
        }
        r.content = finish.apply(contents.build(r.sellerId, r.reportType, r.marketplaceIds, r.dataStartTime,
                r.dataEndTime));
        if (r.content == null) {
            r.settledStatus = "CANCELLED";
            return;
        }
        r.settledStatus = "DONE";
        r.documentId = "amzn1.spdoc.1.4.na." + UUID.randomUUID();
        byDocumentId.put(r.documentId, r);
    }
}
