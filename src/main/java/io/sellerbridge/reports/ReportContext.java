package io.sellerbridge.reports;

import java.time.Instant;

/**
 * What a report document does not say about itself: whose it is, which marketplace it was requested for (one report
 * per marketplace), Amazon's reportId, and when it was observed (an inventory report's rows carry no time of their own).
 */
public record ReportContext(String sellerId, String marketplaceId, String reportId, Instant observedAt) {
}
