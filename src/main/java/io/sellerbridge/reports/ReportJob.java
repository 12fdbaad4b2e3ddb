package io.sellerbridge.reports;

import java.time.Instant;

/**
 * One createReport: a report type for one seller and one marketplace, over a data window (null bounds for snapshot
 * reports such as FBA inventory, which describe now).
 */
public record ReportJob(String stream, String sellerId, String marketplaceId, String reportType,
                        Instant dataStartTime, Instant dataEndTime) {

    @Override
    public String toString() {
        return reportType + " for seller " + sellerId + " in " + marketplaceId
                + (dataStartTime == null ? "" : " [" + dataStartTime + ", " + dataEndTime + "]");
    }
}
