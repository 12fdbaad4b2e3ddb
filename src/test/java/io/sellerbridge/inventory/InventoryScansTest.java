package io.sellerbridge.inventory;

import io.sellerbridge.config.SellerConfig;
import io.sellerbridge.observe.BundleMetrics;
import io.sellerbridge.orders.OrderExchange;
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
    private static final SellerConfig SELLER = new SellerConfig("main", "A2S", List.of("ATVPDKIKX0DER", "A2EUQ1WTGCTBG2"), "c", "s", "r");
    private static final String KEY = "spapi-inventory:A2S:ATVPDKIKX0DER";
    private static final String FULL_KEY = "spapi-inventory-full:A2S:ATVPDKIKX0DER";

    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryCheckpoints checkpoints = new InMemoryCheckpoints();
    private final InventoryScans scans = scans(Duration.ofDays(1));

    private InventoryScans scans(Duration fullScanEvery) {
        return new InventoryScans(clock, checkpoints, new BundleMetrics(new DefaultCamelContext(), clock),
                Duration.ofMinutes(10), fullScanEvery, 2);
    }

    private static Exchange exchange() {
        Exchange e = new DefaultExchange(new DefaultCamelContext());
        e.setProperty(OrderExchange.SELLER, SELLER);
        e.getMessage().setBody("ATVPDKIKX0DER");
        return e;
    }

    /** Plans, walks and commits one scan. */
    private InventoryScan scanAndCommit() {
        Exchange e = exchange();
        InventoryScan scan = scans.plan(e);
        scans.commit(e);
        return scan;
    }

    @Test
    void givenASeller_whenItsMarketplacesAreListed_thenEachIsScannedOnItsOwn() {
        Exchange e = exchange();

        assertEquals(List.of("ATVPDKIKX0DER", "A2EUQ1WTGCTBG2"), scans.marketplaces(e));
        assertEquals("A2S", e.getProperty(OrderExchange.SELLER_ID));
    }

    @Test
    void givenNoCheckpoint_whenPlanned_thenTheFirstScanIsFullFromTheFirstPage() {
        Exchange e = exchange();
        e.setProperty(OrderExchange.NEXT_TOKEN, "left-over");

        InventoryScan scan = scans.plan(e);

        assertTrue(scan.full());
        assertNull(scan.changedSince());
        assertEquals(NOW, scan.startedAt());
        assertEquals("ATVPDKIKX0DER", scan.marketplaceId());
        assertEquals(scan, e.getProperty(InventoryScans.SCAN));
        assertNull(e.getProperty(OrderExchange.NEXT_TOKEN));
        assertEquals(true, e.getProperty(OrderExchange.MORE_PAGES));
    }

    @Test
    void givenAFullScanCommitted_whenPlannedLater_thenTheScanIsIncrementalFromTheLastScanLessTheLookBack() {
        scanAndCommit();
        clock.advance(Duration.ofMinutes(15));

        InventoryScan scan = scans.plan(exchange());

        assertFalse(scan.full());
        assertEquals(Instant.parse("2026-11-29T11:50:00Z"), scan.changedSince());
        assertEquals(Instant.parse("2026-11-29T12:15:00Z"), scan.startedAt());
    }

    @Test
    void givenIncrementalScansSinceTheLastFullOne_whenPlanned_thenTheyStartFromTheLatestScan() {
        scanAndCommit();
        clock.advance(Duration.ofMinutes(15));
        scanAndCommit();
        clock.advance(Duration.ofMinutes(15));

        InventoryScan scan = scans.plan(exchange());

        assertFalse(scan.full());
        assertEquals(Instant.parse("2026-11-29T12:05:00Z"), scan.changedSince());
    }

    @Test
    void givenTheLastFullScanIsJustUnderFullScanEveryOld_whenPlanned_thenTheScanIsStillIncremental() {
        scanAndCommit();
        clock.advance(Duration.ofDays(1).minusSeconds(1));

        assertFalse(scans.plan(exchange()).full());
    }

    @Test
    void givenTheLastFullScanIsFullScanEveryOld_whenPlanned_thenTheScanIsFullAgain() {
        scanAndCommit();
        clock.advance(Duration.ofHours(12));
        scanAndCommit();
        clock.advance(Duration.ofHours(12));

        InventoryScan scan = scans.plan(exchange());

        assertTrue(scan.full());
        assertNull(scan.changedSince());
    }

    @Test
    void givenALastScanOlderThanEighteenMonths_whenPlannedIncrementally_thenTheStartIsHeldAtAmazonsOldestAllowed() {
        InventoryScans rarelyFull = scans(Duration.ofDays(1000));
        Instant longAgo = NOW.minus(Duration.ofDays(600));
        checkpoints.commit(KEY, longAgo);
        checkpoints.commit(FULL_KEY, longAgo);

        InventoryScan scan = rarelyFull.plan(exchange());

        assertFalse(scan.full());
        assertEquals(NOW.minus(Duration.ofDays(540)), scan.changedSince());
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

        InventoryScan scan = scanAndCommit();

        assertFalse(scan.full());
        assertEquals(Optional.of(Instant.parse("2026-11-29T12:15:00Z")), checkpoints.load(KEY));
        assertEquals(Optional.of(NOW), checkpoints.load(FULL_KEY));
    }

    @Test
    void givenAnExpiredNextToken_whenRestarted_thenTheScanWalksAgainFromTheFirstPage() {
        Exchange e = exchange();
        scans.plan(e);
        e.setProperty(OrderExchange.NEXT_TOKEN, "stale");
        e.setProperty(OrderExchange.MORE_PAGES, false);

        scans.restart(e);

        assertNull(e.getProperty(OrderExchange.NEXT_TOKEN));
        assertEquals(true, e.getProperty(OrderExchange.MORE_PAGES));
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
