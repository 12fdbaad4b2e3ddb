package io.sellerbridge.checkpoint;

import java.time.Instant;

/** One getOrders query window {@code (after, before]} on LastUpdateDate, and the checkpoint it advances. */
public record OrdersWindow(String checkpointKey, Instant after, Instant before) {

    public boolean isEmpty() {
        return !after.isBefore(before);
    }
}
