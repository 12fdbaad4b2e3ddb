package io.sellerbridge.inventory;

import io.sellerbridge.amazon.Paging;
import io.sellerbridge.checkpoint.Window;
import io.sellerbridge.spapi.SpApiRequest;
import org.apache.camel.Exchange;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.StringJoiner;

/**
 * Builds FBA Inventory API v1 getInventorySummaries requests for the exchange's scan. Amazon's nextToken expires 30 s
 * after it was issued; one older than {@code maxTokenAge} is not sent, the scan starts again instead.
 */
public class InventoryRequests {

    /** When the scan's current nextToken arrived. */
    public static final String NEXT_TOKEN_AT = "nextTokenReceivedAt";

    private final Clock clock;
    private final Duration maxTokenAge;

    public InventoryRequests(Clock clock, Duration maxTokenAge) {
        this.clock = clock;
        this.maxTokenAge = maxTokenAge;
    }

    public void getInventorySummaries(Exchange exchange) {
        Window scan = exchange.getProperty(Window.PROPERTY, Window.class);
        StringJoiner q = new StringJoiner("&");
        q.add("granularityType=Marketplace");
        q.add("granularityId=" + SpApiRequest.enc(scan.checkpoint().marketplaceId()));
        q.add("marketplaceIds=" + SpApiRequest.enc(scan.checkpoint().marketplaceId()));
        q.add("details=true");
        if (scan.after() != null) {
            q.add("startDateTime=" + SpApiRequest.enc(scan.after().toString()));
        }
        String nextToken = Paging.nextToken(exchange);
        if (nextToken != null) {
            Instant receivedAt = exchange.getProperty(NEXT_TOKEN_AT, Instant.class);
            if (receivedAt != null && !receivedAt.plus(maxTokenAge).isAfter(clock.instant())) {
                throw new NextTokenExpiredException("the nextToken received at " + receivedAt + " is older than "
                        + maxTokenAge + " (Amazon lets it expire after 30 s)");
            }
            q.add("nextToken=" + SpApiRequest.enc(nextToken));
        }
        SpApiRequest.get(exchange, "getInventorySummaries", "/fba/inventory/v1/summaries", q.toString());
    }
}
