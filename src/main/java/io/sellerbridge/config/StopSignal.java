package io.sellerbridge.config;

import io.sellerbridge.cluster.SellerShares;
import org.apache.camel.Exchange;

/**
 * Lets long work end early when the bundle stops, or when its seller was handed over to another replica
 * ({@code cluster.mode = kafka}): a window, scan or report checks it before each page, order or poll and then leaves
 * off without committing — the next run, here or on another replica, reads the same window again and published
 * versions are not published twice. Without it a stop or a handover would wait for every window to finish at
 * Amazon's rate.
 */
public class StopSignal {

    private final SellerShares shares;

    public StopSignal(SellerShares shares) {
        this.shares = shares;
    }

    /** Thrown to leave a window, scan or report at a clean point; the routes catch it and log one line. */
    public static class StoppingException extends RuntimeException {
        public StoppingException(String reason) {
            super(reason, null, false, false);
        }
    }

    public boolean running(Exchange exchange) {
        return reasonToStop(exchange) == null;
    }

    public void check(Exchange exchange) {
        String reason = reasonToStop(exchange);
        if (reason != null) {
            throw new StoppingException(reason);
        }
    }

    private String reasonToStop(Exchange exchange) {
        if (exchange.getContext().isStopping() || exchange.getContext().isStopped()) {
            return "the bundle is stopping";
        }
        return shares.mayContinue(exchange) ? null : "another replica polls the seller now";
    }
}
