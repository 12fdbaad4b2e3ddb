package io.sellerbridge.reports;

import java.time.Instant;
import java.util.List;

/**
 * One createReport: a report type for one seller, over a data window (null bounds for snapshot reports such as FBA
 * inventory, which describe now). Order reports cover every marketplace of the region whatever is asked, so one is
 * asked for all the seller's marketplaces; an FBA inventory report is asked per marketplace.
 */
public record ReportJob(String stream, String sellerId, List<String> marketplaceIds, String reportType,
                        Instant dataStartTime, Instant dataEndTime) {

    /** The one marketplace of a per-marketplace report; null for a report covering several. */
    public String marketplaceId() {
        return marketplaceIds.size() == 1 ? marketplaceIds.get(0) : null;
    }

    @Override
    public String toString() {
        return reportType + " for seller " + sellerId + " in " + String.join(",", marketplaceIds)
                + (dataStartTime == null ? "" : " [" + dataStartTime + ", " + dataEndTime + "]");
    }
}
