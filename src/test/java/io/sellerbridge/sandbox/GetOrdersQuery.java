package io.sellerbridge.sandbox;

import io.sellerbridge.canonical.Values;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * A validated getOrders (or MWS ListOrders) filter. The rules are the ones in ordersV0.json: MarketplaceIds
 * required (max 50); exactly one of CreatedAfter / LastUpdatedAfter, never Created* mixed with LastUpdated*; the Before
 * bound at least two minutes in the past and not earlier than After; MaxResultsPerPage 1..100.
 * The window is After &lt; date &lt;= Before, so consecutive windows never overlap.
 */
record GetOrdersQuery(List<String> marketplaceIds, boolean byCreated, Instant after, Instant before,
                      int pageSize, Set<String> statuses, Set<String> channels) {

    static final Duration MIN_BEFORE_AGE = Duration.ofMinutes(2);
    static final Set<String> ORDER_STATUSES = Set.of("Pending", "Unshipped", "PartiallyShipped", "Shipped",
            "Canceled", "Unfulfillable", "InvoiceUnconfirmed", "PendingAvailability");
    static final Set<String> FULFILLMENT_CHANNELS = Set.of("AFN", "MFN");

    /** The order field the window applies to. */
    String dateField() {
        return byCreated ? "PurchaseDate" : "LastUpdateDate";
    }

    /** The payload field that echoes the effective upper bound. */
    String beforeField() {
        return byCreated ? "CreatedBefore" : "LastUpdatedBefore";
    }

    /**
     * Where a filter's values come from. Scalars (CreatedAfter, MaxResultsPerPage, ...) have the same names
     * in SP-API and MWS; lists are asked for by their SP-API name and named in errors the caller's way.
     */
    interface Source {
        String first(String name);

        boolean has(String name);

        /** Values of "MarketplaceIds", "OrderStatuses" or "FulfillmentChannels". */
        List<String> list(String spApiName);

        /** How an error message names that list, e.g. "MarketplaceId.Id.N" for MWS. */
        String listName(String spApiName);
    }

    /** SP-API getOrders: Swagger-2 csv lists. */
    static GetOrdersQuery parse(QueryParams q, Instant now) {
        return parse(new Source() {
            @Override
            public String first(String name) {
                return q.first(name);
            }

            @Override
            public boolean has(String name) {
                return q.has(name);
            }

            @Override
            public List<String> list(String spApiName) {
                return q.csv(spApiName);
            }

            @Override
            public String listName(String spApiName) {
                return spApiName;
            }
        }, now);
    }

    static GetOrdersQuery parse(Source q, Instant now) {
        String marketplaceName = q.listName("MarketplaceIds");
        List<String> marketplaces = q.list("MarketplaceIds");
        if (marketplaces.isEmpty()) {
            throw new InvalidInputException(marketplaceName + " is required");
        }
        if (marketplaces.size() > 50) {
            throw new InvalidInputException(marketplaceName + " accepts at most 50 values");
        }
        boolean created = q.has("CreatedAfter") || q.has("CreatedBefore");
        boolean updated = q.has("LastUpdatedAfter") || q.has("LastUpdatedBefore");
        if (created && updated) {
            throw new InvalidInputException("LastUpdatedAfter and LastUpdatedBefore cannot be set when CreatedAfter is set");
        }
        String prefix = created ? "Created" : "LastUpdated";
        if (!q.has(prefix + "After")) {
            throw new InvalidInputException("Either CreatedAfter or LastUpdatedAfter is required");
        }
        Instant after = date(q, prefix + "After");
        Instant latest = now.minus(MIN_BEFORE_AGE);
        Instant before;
        if (q.has(prefix + "Before")) {
            before = date(q, prefix + "Before");
            if (before.isAfter(latest)) {
                throw new InvalidInputException(prefix + "Before must be at least 2 minutes before current time");
            }
        } else {
            before = latest.truncatedTo(ChronoUnit.SECONDS); // Amazon's default upper bound
        }
        if (after.isAfter(before)) {
            throw new InvalidInputException(prefix + "After must be before " + prefix
                    + "Before, which defaults to 2 minutes before current time");
        }
        return new GetOrdersQuery(List.copyOf(marketplaces), created, after, before, pageSize(q),
                enumSet(q, "OrderStatuses", ORDER_STATUSES), enumSet(q, "FulfillmentChannels", FULFILLMENT_CHANNELS));
    }

    /** True when the order (as stored, possibly with test-injected gaps) falls in this filter. */
    boolean matches(String marketplaceId, Instant date, String status, String channel) {
        return marketplaceIds.contains(marketplaceId)
                && date.isAfter(after) && !date.isAfter(before)
                && (statuses.isEmpty() || statuses.contains(status))
                && (channels.isEmpty() || channels.contains(channel));
    }

    private static Instant date(Source q, String name) {
        Instant parsed = IsoTimes.parse(q.first(name));
        if (parsed == null) {
            throw new InvalidInputException("Invalid date/time field [" + name + "]: expected ISO-8601, got '"
                    + q.first(name) + "'");
        }
        return parsed;
    }

    private static int pageSize(Source q) {
        String raw = q.first("MaxResultsPerPage");
        if (raw == null) {
            return 100;
        }
        try {
            int size = Integer.parseInt(raw.trim());
            if (size >= 1 && size <= 100) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below like an out-of-range value
        }
        throw new InvalidInputException("MaxResultsPerPage must be between 1 and 100, got '" + raw + "'");
    }

    private static Set<String> enumSet(Source q, String name, Set<String> allowed) {
        List<String> values = q.list(name);
        for (String v : values) {
            if (!allowed.contains(v)) {
                throw new InvalidInputException("Invalid value '" + v + "' for " + q.listName(name));
            }
        }
        return Set.copyOf(values);
    }
}
