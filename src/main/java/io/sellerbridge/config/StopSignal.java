package io.sellerbridge.config;

import org.apache.camel.Exchange;

/**
 * Lets long work end early when the bundle stops: a window, scan or report checks it before each page, order or poll
 * and, when the bundle is stopping, leaves off without committing — the next run, here or on another replica, reads
 * the same window again and published versions are not published twice. Without it a stop would wait for every
 * window to finish at Amazon's rate.
 */
public class StopSignal {

    /** Thrown to leave a window, scan or report at a clean point; the routes catch it and log one line. */
    public static class StoppingException extends RuntimeException {
        public StoppingException() {
            super("the bundle is stopping", null, false, false);
        }
    }

    public boolean running(Exchange exchange) {
        return !exchange.getContext().isStopping() && !exchange.getContext().isStopped();
    }

    public void check(Exchange exchange) {
        if (!running(exchange)) {
            throw new StoppingException();
        }
    }
}
