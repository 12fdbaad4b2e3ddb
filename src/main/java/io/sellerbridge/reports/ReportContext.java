package io.sellerbridge.reports;

import io.sellerbridge.canonical.MappingException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What a report document does not say about itself: whose it is, Amazon's reportId, and when it was observed (an
 * inventory report's rows carry no time of their own).
 *
 * @param marketplaceId  the one marketplace of a per-marketplace report (FBA inventory, whose rows name none); null
 *                       for a report asked for several. The order readers never read it: order reports are
 *                       region-wide whatever marketplaces were asked for (amzn/selling-partner-api-models#1859,
 *                       #2209), so each order's marketplace comes from its sales channel
 * @param marketplaceIds the marketplaces the seller is configured for: an order of another marketplace of the region
 *                       is not published (the bundle publishes configured marketplaces only)
 */
public record ReportContext(String sellerId, String marketplaceId, Set<String> marketplaceIds, String reportId,
                            Instant observedAt) {

    public ReportContext {
        marketplaceIds = Set.copyOf(marketplaceIds);
    }

    /**
     * The marketplace an order of that sales channel is published in: empty when the channel is outside Amazon or
     * its marketplace is not configured. A channel that names no marketplace is a MappingException ({@link
     * SalesChannels}).
     */
    Optional<String> orderMarketplace(String field, String salesChannel) {
        return SalesChannels.marketplaceId(field, salesChannel).filter(marketplaceIds::contains);
    }
}
