package io.sellerbridge.inventory;

import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.amazon.Paging;
import io.sellerbridge.checkpoint.Window;
import io.sellerbridge.checkpoint.WindowPlanner;
import io.sellerbridge.spapi.SpApiSeller;
import io.sellerbridge.testing.InMemoryCheckpoints;
import io.sellerbridge.testing.MutableClock;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InventoryScansTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final SpApiSeller SELLER = new SpApiSeller("main", "A2S", List.of("ATVPDKIKX0DER", "A2EUQ1WTGCTBG2"), "c", "s", "r");
    private static final String KEY = "spapi-inventory:A2S:ATVPDKIKX0DER";
    private static final String FULL_KEY = "spapi-inventory-full:A2S:ATVPDKIKX0DER";

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryCheckpoints checkpoints = new InMemoryCheckpoints();
    private final InventoryScans scans = scans(Duration.ofDays(1));

    private InventoryScans scans(Duration fullScanEvery) {
        return new InventoryScans(new WindowPlanner(clock, Duration.ZERO, Duration.ofMinutes(10), Duration.ZERO, null),
                checkpoints.checkpoints(clock), fullScanEvery, 2);
    }

    private static Exchange exchange() {
        Exchange e = new DefaultExchange(new DefaultCamelContext());
        SELLER.useIn(e);
        e.getMessage().setBody("ATVPDKIKX0DER");
        return e;
    }

    /** Plans, walks and commits one scan. */
    private Window scanAndCommit() {
        Exchange e = exchange();
        Window scan = scans.plan(e);
        scans.commit(e);
        return scan;
    }

    private static boolean full(Window scan) {
        return scan.after() == null;
    }

    @Test
    void givenASeller_whenItsMarketplacesAreListed_thenEachIsScannedOnItsOwn() {
        Exchange e = new DefaultExchange(new DefaultCamelContext());
        e.getMessage().setBody(SELLER);

        assertEquals(List.of("ATVPDKIKX0DER", "A2EUQ1WTGCTBG2"), scans.marketplaces(e));
        assertEquals("A2S", e.getProperty(AmazonCall.SELLER_ID));
        assertEquals(SELLER, e.getProperty(SpApiSeller.PROPERTY));
    }

    @Test
    void givenNoCheckpoint_whenPlanned_thenTheFirstScanIsFullFromTheFirstPage() {
        Exchange e = exchange();
        e.setProperty(Paging.NEXT_TOKEN, "left-over");

        Window scan = scans.plan(e);

        assertTrue(full(scan));
        assertNull(scan.after());
        assertEquals(NOW, scan.before());
        assertEquals("ATVPDKIKX0DER", scan.checkpoint().marketplaceId());
        assertEquals(KEY, scan.checkpoint().toString());
        assertEquals(scan, e.getProperty(Window.PROPERTY));
        assertNull(e.getProperty(Paging.NEXT_TOKEN));
        assertEquals(true, e.getProperty(Paging.MORE_PAGES));
    }

    @Test
    void givenAFullScanCommitted_whenPlannedLater_thenTheScanIsIncrementalFromTheLastScanLessTheLookBack() {
        scanAndCommit();
        clock.advance(Duration.ofMinutes(15));

        Window scan = scans.plan(exchange());

        assertFalse(full(scan));
        assertEquals(Instant.parse("2026-11-29T11:50:00Z"), scan.after());
        assertEquals(Instant.parse("2026-11-29T12:15:00Z"), scan.before());
    }

    @Test
    void givenIncrementalScansSinceTheLastFullOne_whenPlanned_thenTheyStartFromTheLatestScan() {
        scanAndCommit();
        clock.advance(Duration.ofMinutes(15));
        scanAndCommit();
        clock.advance(Duration.ofMinutes(15));

        Window scan = scans.plan(exchange());

        assertFalse(full(scan));
        assertEquals(Instant.parse("2026-11-29T12:05:00Z"), scan.after());
    }

    @Test
    void givenTheLastFullScanIsJustUnderFullScanEveryOld_whenPlanned_thenTheScanIsStillIncremental() {
        scanAndCommit();
        clock.advance(Duration.ofDays(1).minusSeconds(1));

        assertFalse(full(scans.plan(exchange())));
    }

    @Test
    void givenTheLastFullScanIsFullScanEveryOld_whenPlanned_thenTheScanIsFullAgain() {
        scanAndCommit();
        clock.advance(Duration.ofHours(12));
        scanAndCommit();
        clock.advance(Duration.ofHours(12));

        Window scan = scans.plan(exchange());

        assertTrue(full(scan));
        assertNull(scan.after());
    }

    @Test
    void givenALastScanOlderThanEighteenMonths_whenPlannedIncrementally_thenTheStartIsHeldAtAmazonsOldestAllowed() {
        InventoryScans rarelyFull = scans(Duration.ofDays(1000));
        Instant longAgo = NOW.minus(Duration.ofDays(600));
        checkpoints.put(KEY, longAgo);
        checkpoints.put(FULL_KEY, longAgo);

        Window scan = rarelyFull.plan(exchange());

        assertFalse(full(scan));
        assertEquals(NOW.minus(Duration.ofDays(540)), scan.after());
    }

    @Test
    void givenAFullScan_whenCommitted_thenBothItsCheckpointsAreWritten() {
        scanAndCommit();

        assertEquals(Map.of(KEY, NOW, FULL_KEY, NOW), checkpoints.all());
    }

    @Test
    void givenAnIncrementalScan_whenCommitted_thenOnlyTheIncrementalCheckpointMoves() {
        scanAndCommit();
        clock.advance(Duration.ofMinutes(15));

        Window scan = scanAndCommit();

        assertFalse(full(scan));
        assertEquals(Instant.parse("2026-11-29T12:15:00Z"), checkpoints.all().get(KEY));
        assertEquals(NOW, checkpoints.all().get(FULL_KEY));
    }

    @Test
    void givenAnExpiredNextToken_whenRestarted_thenTheScanWalksAgainFromTheFirstPage() {
        Exchange e = exchange();
        scans.plan(e);
        e.setProperty(Paging.NEXT_TOKEN, "stale");
        e.setProperty(Paging.MORE_PAGES, false);

        scans.restart(e);

        assertNull(e.getProperty(Paging.NEXT_TOKEN));
        assertEquals(true, e.getProperty(Paging.MORE_PAGES));
        assertEquals(1, e.getProperty(InventoryScans.RESTARTS));
    }

    @Test
    void givenTheMaximumNumberOfRestarts_whenTheTokenExpiresOnceMore_thenTheScanGivesUpWithoutCommitting() {
        Exchange e = exchange();
        scans.plan(e);
        scans.restart(e);
        scans.restart(e);

        IllegalStateException ex = assertThrows(IllegalStateException.class, () -> scans.restart(e));

        assertTrue(ex.getMessage().contains("A2S") && ex.getMessage().contains("ATVPDKIKX0DER"), ex.getMessage());
        assertTrue(checkpoints.all().isEmpty());
    }

    @Test
    void givenAScanThatRestarted_whenTheNextScanIsPlanned_thenItsRestartsCountFromZero() {
        Exchange e = exchange();
        scans.plan(e);
        scans.restart(e);
        scans.restart(e);

        scans.plan(e);

        assertEquals(0, e.getProperty(InventoryScans.RESTARTS));
    }
}
