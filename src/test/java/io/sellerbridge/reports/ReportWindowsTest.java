package io.sellerbridge.reports;

import io.sellerbridge.checkpoint.CheckpointKey;
import io.sellerbridge.checkpoint.Checkpoints;
import io.sellerbridge.checkpoint.SellerWindows;
import io.sellerbridge.checkpoint.Window;
import io.sellerbridge.checkpoint.WindowPlanner;
import io.sellerbridge.observe.BundleMetrics;
import io.sellerbridge.spapi.SpApiSeller;
import io.sellerbridge.testing.InMemoryCheckpoints;
import io.sellerbridge.testing.MutableClock;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportWindowsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final Instant NOW_LESS_LAG = Instant.parse("2026-03-01T11:58:00Z");
    private static final Instant BACKFILL_FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final SpApiSeller SELLER = new SpApiSeller("main", "A2S", List.of("ATVPDKIKX0DER"), "c", "s", "r");
    private static final CheckpointKey ORDERS_KEY = CheckpointKey.of("spapi-orders", SELLER);

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryCheckpoints checkpoints = new InMemoryCheckpoints();
    private static final Duration LOOK_BACK = Duration.ofMinutes(10);

    private final Checkpoints facade = checkpoints.checkpoints(clock);
    private final SellerWindows getOrders = new SellerWindows("spapi-orders",
            new WindowPlanner(clock, Duration.ofDays(30), LOOK_BACK, Duration.ofMinutes(2), null), facade);
    private final ReportWindows windows = new ReportWindows(clock, facade,
            new BundleMetrics(new DefaultCamelContext(), clock), Duration.ofMinutes(2), getOrders);

    private static ReportStream orders(Optional<Instant> backfillFrom) {
        return new ReportStream("orders", ReportFormats.FLAT_FILE_ALL_ORDERS, ReportFormats.forReportType(ReportFormats.FLAT_FILE_ALL_ORDERS),
                true, true, Duration.ofDays(10), Duration.ofDays(30), backfillFrom);
    }

    private static final ReportStream ORDERS = orders(Optional.empty());
    private static final ReportStream BACKFILL = orders(Optional.of(BACKFILL_FROM));
    private static final ReportStream INVENTORY = new ReportStream("inventory", ReportFormats.FBA_MYI_UNSUPPRESSED_INVENTORY,
            ReportFormats.forReportType(ReportFormats.FBA_MYI_UNSUPPRESSED_INVENTORY), false, true,
            Duration.ofDays(30), Duration.ofDays(30), Optional.empty());

    @Test
    void givenNoCheckpointAndNoBackfill_whenNext_thenTheFirstWindowStartsTheConfiguredStartAgoAndSpansTheWindowSize() {
        Window w = windows.next(ORDERS, SELLER).orElseThrow();

        assertEquals(Instant.parse("2026-01-30T12:00:00Z"), w.after());
        assertEquals(Instant.parse("2026-02-09T12:00:00Z"), w.before());
        assertFalse(w.caughtUp());
    }

    @Test
    void givenACheckpointCloserThanTheWindowSize_whenNext_thenTheWindowEndsAtNowLessTheEndLagAndIsTheLast() {
        checkpoints.commit(ORDERS.checkpointKey("A2S"), Instant.parse("2026-02-25T00:00:00Z"));

        Window w = windows.next(ORDERS, SELLER).orElseThrow();

        assertEquals(Instant.parse("2026-02-25T00:00:00Z"), w.after());
        assertEquals(NOW_LESS_LAG, w.before());
        assertTrue(w.caughtUp());
    }

    @Test
    void givenTheStreamCaughtUpWithNowLessTheEndLag_whenNext_thenThereIsNothingToDo() {
        checkpoints.commit(ORDERS.checkpointKey("A2S"), NOW_LESS_LAG);

        assertTrue(windows.next(ORDERS, SELLER).isEmpty());
    }

    @Test
    void givenAWindow_whenDone_thenOnlyTheStreamCheckpointMovesToItsEnd() {
        Window w = windows.next(ORDERS, SELLER).orElseThrow();

        windows.done(ORDERS, SELLER, w);

        assertEquals(Map.of(ORDERS.checkpointKey("A2S").toString(), w.before()), checkpoints.all());
        assertEquals(w.before(), windows.next(ORDERS, SELLER).orElseThrow().after());
    }

    @Test
    void givenNoBackfill_whenTheLastWindowIsDone_thenOnlyTheStreamCheckpointIsTouched() {
        checkpoints.commit(ORDERS.checkpointKey("A2S"), Instant.parse("2026-02-25T00:00:00Z"));
        Window last = windows.next(ORDERS, SELLER).orElseThrow();

        windows.done(ORDERS, SELLER, last);

        assertEquals(Map.of(ORDERS.checkpointKey("A2S").toString(), NOW_LESS_LAG), checkpoints.all());
    }

    @Test
    void givenABackfillOnANewInstallation_whenNext_thenGetOrdersStartsNowAndTheBackfillEndsWhereItsFirstWindowBegins() {
        Window w = windows.next(BACKFILL, SELLER).orElseThrow();

        assertEquals(BACKFILL_FROM, w.after());
        assertEquals(Instant.parse("2026-01-11T00:00:00Z"), w.before());
        assertFalse(w.caughtUp());
        // getOrders reads (checkpoint - look-back, ...]: the backfill ends exactly there, so nothing is read twice
        assertEquals(Optional.of(NOW_LESS_LAG), checkpoints.load(ORDERS_KEY));
        assertEquals(Optional.of(NOW_LESS_LAG.minus(LOOK_BACK)), checkpoints.load(BACKFILL.untilKey("A2S")));
    }

    @Test
    void givenABackfillAndAGetOrdersCheckpoint_whenNext_thenTheLastWindowEndsWhereGetOrdersReadsFromAndItIsKept() {
        Instant ordersAt = Instant.parse("2026-01-15T06:00:00Z");
        checkpoints.commit(ORDERS_KEY, ordersAt);
        checkpoints.commit(BACKFILL.checkpointKey("A2S"), Instant.parse("2026-01-11T00:00:00Z"));

        Window w = windows.next(BACKFILL, SELLER).orElseThrow();

        assertEquals(Instant.parse("2026-01-11T00:00:00Z"), w.after());
        assertEquals(ordersAt.minus(LOOK_BACK), w.before());
        assertTrue(w.caughtUp());
        assertEquals(Optional.of(ordersAt), checkpoints.load(ORDERS_KEY));
    }

    @Test
    void givenAFixedHandOverPoint_whenGetOrdersMovesOn_thenTheBackfillStillEndsAtThatPoint() {
        Instant until = windows.handOverPoint(BACKFILL, SELLER);
        checkpoints.commit(ORDERS_KEY, NOW.plus(Duration.ofDays(3)));
        clock.advance(Duration.ofDays(3));

        assertEquals(until, windows.handOverPoint(BACKFILL, SELLER));
    }

    @Test
    void givenTheLastBackfillWindow_whenDone_thenTheBackfillIsCompleteAndLaterRunsHaveNothingToDo() {
        checkpoints.commit(BACKFILL.checkpointKey("A2S"), Instant.parse("2026-02-25T00:00:00Z"));
        Window last = windows.next(BACKFILL, SELLER).orElseThrow();
        assertTrue(last.caughtUp());

        windows.done(BACKFILL, SELLER, last);
        clock.advance(Duration.ofDays(5));

        assertEquals(Optional.of(last.before()), checkpoints.load(BACKFILL.doneKey("A2S")));
        assertTrue(windows.next(BACKFILL, SELLER).isEmpty());
        assertEquals(Optional.of(NOW_LESS_LAG), checkpoints.load(ORDERS_KEY), "getOrders' position is its own");
    }

    @Test
    void givenAGetOrdersCheckpointBeforeTheBackfillDate_whenNext_thenNothingIsBackfilledAndGetOrdersKeepsItsPosition() {
        Instant ordersAt = Instant.parse("2025-12-01T00:00:00Z");
        checkpoints.commit(ORDERS_KEY, ordersAt);

        assertTrue(windows.next(BACKFILL, SELLER).isEmpty());

        assertEquals(Optional.of(ordersAt), checkpoints.load(ORDERS_KEY));
        assertTrue(checkpoints.load(BACKFILL.doneKey("A2S")).isPresent());
    }

    @Test
    void givenABackfillWindowThatIsNotTheLast_whenDone_thenTheBackfillIsNotComplete() {
        Window first = windows.next(BACKFILL, SELLER).orElseThrow();

        windows.done(BACKFILL, SELLER, first);

        assertEquals(Optional.of(first.before()), checkpoints.load(BACKFILL.checkpointKey("A2S")));
        assertTrue(checkpoints.load(BACKFILL.doneKey("A2S")).isEmpty());
    }

    @Test
    void givenABackfillOfTwoMonths_whenWalkedToTheEnd_thenContiguousWindowsOfAtMostTheWindowSizeReachTheHandOverPoint() {
        List<Window> walked = new ArrayList<>();
        for (Optional<Window> w = windows.next(BACKFILL, SELLER); w.isPresent(); w = windows.next(BACKFILL, SELLER)) {
            walked.add(w.get());
            windows.done(BACKFILL, SELLER, w.get());
            clock.advance(Duration.ofHours(1));
            assertTrue(walked.size() < 20, "the walk does not end");
        }

        assertEquals(BACKFILL_FROM, walked.get(0).after());
        for (int i = 1; i < walked.size(); i++) {
            assertEquals(walked.get(i - 1).before(), walked.get(i).after());
        }
        walked.forEach(w -> assertTrue(Duration.between(w.after(), w.before()).compareTo(Duration.ofDays(10)) <= 0, w.toString()));
        Window last = walked.get(walked.size() - 1);
        assertTrue(last.caughtUp());
        walked.subList(0, walked.size() - 1).forEach(w -> assertFalse(w.caughtUp(), w.toString()));
        assertEquals(NOW_LESS_LAG.minus(LOOK_BACK), last.before(), "up to where getOrders reads from, though the clock moved on");
    }

    @Test
    void givenASnapshotStream_whenNextAndDone_thenItIsAlwaysOneSnapshotWindowAndNothingIsCommitted() {
        Window w = windows.next(INVENTORY, SELLER).orElseThrow();
        windows.done(INVENTORY, SELLER, w);

        assertNull(w.after());
        assertNull(w.before());
        assertTrue(w.caughtUp());
        assertTrue(checkpoints.all().isEmpty());
        assertTrue(windows.next(INVENTORY, SELLER).isPresent());
    }
}
