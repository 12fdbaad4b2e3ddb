package io.sellerbridge.reports;

import java.time.Instant;

/** The data window of the reports of one step of a stream: [start, end], or a snapshot when both are null. */
public record ReportWindow(Instant start, Instant end, boolean last) {

    static ReportWindow snapshot() {
        return new ReportWindow(null, null, true);
    }
}
