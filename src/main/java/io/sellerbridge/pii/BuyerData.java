package io.sellerbridge.pii;

import io.sellerbridge.canonical.CanonicalOrder;
import io.sellerbridge.canonical.CanonicalOrderPii;
import io.sellerbridge.canonical.RestrictedData;
import org.apache.camel.Exchange;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Splits an order as an API served it into the record for the orders topic, which never holds buyer data, and, for
 * a seller that opted in, the buyer data for its own topic ({@link #PROPERTY}), to be deleted {@code retention}
 * after the order's latest delivery date (its latest ship date when it has none, else its last update). Buyer data
 * whose time is already up when it is read is not taken.
 */
public class BuyerData {

    /** The exchange property holding the order's {@link CanonicalOrderPii}, when there is one to publish. */
    public static final String PROPERTY = "orderPii";

    private final BuyerDataOptIn optIn;
    private final Duration retention;
    private final Clock clock;

    public BuyerData(BuyerDataOptIn optIn, Duration retention, Clock clock) {
        this.optIn = optIn;
        this.retention = retention;
        this.clock = clock;
    }

    /** The order for the orders topic; the buyer data set aside when {@code sellerPrefix}'s seller opted in. */
    public CanonicalOrder separate(Exchange exchange, CanonicalOrder served, String sellerPrefix) {
        exchange.removeProperty(PROPERTY);
        if (optIn.enabled(sellerPrefix)) {
            Instant deleteAfter = deleteAfter(served);
            // data already past its retention (an old order read again) is not taken at all
            CanonicalOrderPii pii = deleteAfter.isAfter(clock.instant()) ? RestrictedData.piiOf(served, deleteAfter) : null;
            if (pii != null) {
                exchange.setProperty(PROPERTY, pii);
            }
        }
        return RestrictedData.withoutPii(served);
    }

    Instant deleteAfter(CanonicalOrder order) {
        String base = order.latestDeliveryDate() != null ? order.latestDeliveryDate()
                : order.latestShipDate() != null ? order.latestShipDate() : order.lastUpdateDate();
        return Instant.parse(base).plus(retention);
    }
}
