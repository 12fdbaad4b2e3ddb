package io.sellerbridge.cluster;

import io.sellerbridge.amazon.PolledSeller;
import org.apache.camel.Exchange;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Which sellers this replica polls, and the seller runs (windows, scans, reports) under way here. Without a group
 * ({@link #everySeller()}) every seller is this replica's, and leadership alone decides whether the schedules run.
 * With {@code cluster.mode = kafka} a seller is this replica's while the partition its seller id hashes to (Kafka's
 * own key hash, murmur2) is assigned to it by the group; a seller whose partition is revoked is handed over only once
 * its run here has left off, so no seller's window runs on two replicas at once.
 */
public class SellerShares {

    /** Exchange property: the seller id of the run this exchange belongs to (set by {@link #begin}). */
    public static final String RUN = "sellerRun";

    private static final Logger LOG = LoggerFactory.getLogger(SellerShares.class);

    private final boolean grouped;
    private volatile int partitions;
    private volatile Set<Integer> owned = Set.of();
    private final Map<String, Integer> running = new HashMap<>();

    private SellerShares(boolean grouped) {
        this.grouped = grouped;
    }

    /** Every seller is this replica's (modes none, file, kubernetes). */
    public static SellerShares everySeller() {
        return new SellerShares(false);
    }

    /** Sellers as a consumer group assigns their partitions (mode kafka); none until the first assignment. */
    public static SellerShares byPartition() {
        return new SellerShares(true);
    }

    /** Whether this replica polls that seller now. */
    public boolean polls(String sellerId) {
        return !grouped || (partitions > 0 && owned.contains(partitionOf(sellerId)));
    }

    public boolean polls(PolledSeller seller) {
        return polls(seller.sellerId());
    }

    /** The control topic's partition the seller id hashes to. */
    public int partitionOf(String sellerId) {
        return Utils.toPositive(Utils.murmur2(sellerId.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /**
     * Body: a work item of a schedule. A seller's run starts only if this replica still polls it (the group may have
     * moved it since the schedule listed it); other work items always start.
     */
    public synchronized boolean begin(Exchange exchange) {
        if (!(exchange.getMessage().getBody() instanceof PolledSeller seller)) {
            return true;
        }
        if (!polls(seller.sellerId())) {
            return false;
        }
        running.merge(seller.sellerId(), 1, Integer::sum);
        exchange.setProperty(RUN, seller.sellerId());
        return true;
    }

    /** The run of {@link #begin} ended, committed or not. */
    public synchronized void end(Exchange exchange) {
        String sellerId = exchange.getProperty(RUN, String.class);
        if (sellerId != null && running.computeIfPresent(sellerId, (k, n) -> n == 1 ? null : n - 1) == null) {
            notifyAll();
        }
    }

    /** Whether the run this exchange belongs to may go on: false once its seller was handed over. */
    public boolean mayContinue(Exchange exchange) {
        String sellerId = exchange.getProperty(RUN, String.class);
        return sellerId == null || polls(sellerId);
    }

    /** The group's partition count, known before the first assignment. */
    void partitions(int count) {
        this.partitions = count;
    }

    int partitions() {
        return partitions;
    }

    synchronized void assigned(Collection<Integer> added) {
        Set<Integer> next = new TreeSet<>(owned);
        next.addAll(added);
        owned = java.util.Collections.unmodifiableSet(next);
    }

    /**
     * Gives partitions up: their sellers start nothing more here, their runs leave off at their next page or order,
     * and this returns once the last of them ended (or {@code limit} passed, with a warning).
     */
    synchronized void revoked(Collection<Integer> removed, Duration limit) throws InterruptedException {
        Set<Integer> next = new TreeSet<>(owned);
        next.removeAll(removed);
        owned = java.util.Collections.unmodifiableSet(next);
        long deadline = System.nanoTime() + limit.toNanos();
        while (runningIn(removed) > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                LOG.warn("{} seller runs of the partitions handed over have not left off within {}; their sellers may"
                        + " be polled twice for a moment", runningIn(removed), limit);
                return;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    private int runningIn(Collection<Integer> removed) {
        return (int) running.keySet().stream().filter(id -> removed.contains(partitionOf(id))).count();
    }

    /** The partitions this replica holds now. */
    public Set<Integer> owned() {
        return owned;
    }
}
