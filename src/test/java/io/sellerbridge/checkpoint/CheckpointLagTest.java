package io.sellerbridge.checkpoint;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.sellerbridge.observe.BundleMetrics;
import io.sellerbridge.testing.InMemoryCheckpoints;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checkpoint lag an alert watches: there from the first planned window, per marketplace set, the leader's only. */
class CheckpointLagTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AtomicBoolean leading = new AtomicBoolean(true);
    private final InMemoryCheckpoints store = new InMemoryCheckpoints();
    private final Checkpoints checkpoints;

    CheckpointLagTest() {
        DefaultCamelContext context = new DefaultCamelContext();
        context.getRegistry().bind("meters", meters);
        checkpoints = new Checkpoints(store, new BundleMetrics(context, CLOCK, sellerId -> leading.get()));
    }

    private Gauge lag(String stream, String marketplaces) {
        return meters.find("sellerbridge_checkpoint_lag_seconds").tag("stream", stream).tag("marketplaces", marketplaces).gauge();
    }

    @Test
    void givenACommittedPosition_whenAWindowIsPlannedAfterAStart_thenItsLagShowsBeforeAnythingIsCommitted() {
        CheckpointKey key = new CheckpointKey("spapi-orders", "A2S", List.of("ATVPDKIKX0DER", "A2EUQ1WTGCTBG2"));
        store.commit(key, NOW.minusSeconds(3600));
        assertNull(lag("spapi-orders", "A2EUQ1WTGCTBG2,ATVPDKIKX0DER"), "nothing read yet");

        checkpoints.position(key);

        assertEquals(3600.0, lag("spapi-orders", "A2EUQ1WTGCTBG2,ATVPDKIKX0DER").value());
    }

    @Test
    void givenTwoMarketplacesOfOneSeller_thenEachHasItsOwnLagAndAFailingOneIsNotHidden() {
        checkpoints.commit(new Window(CheckpointKey.of("spapi-inventory", "A2S", "ATVPDKIKX0DER"),
                NOW.minusSeconds(7300), NOW.minusSeconds(7200), true));
        checkpoints.commit(new Window(CheckpointKey.of("spapi-inventory", "A2S", "A2EUQ1WTGCTBG2"),
                NOW.minusSeconds(120), NOW.minusSeconds(60), true));

        assertEquals(7200.0, lag("spapi-inventory", "ATVPDKIKX0DER").value());
        assertEquals(60.0, lag("spapi-inventory", "A2EUQ1WTGCTBG2").value());
    }

    @Test
    void givenAReplicaThatLostTheLead_thenItsLagIsNaNNotAnEverOlderValue() {
        CheckpointKey key = CheckpointKey.ofSeller("spapi-report-orders", "A2S");
        checkpoints.commit(new Window(key, NOW.minusSeconds(600), NOW.minusSeconds(300), true));
        assertEquals(300.0, lag("spapi-report-orders", "all").value());

        leading.set(false);

        assertTrue(Double.isNaN(lag("spapi-report-orders", "all").value()));
    }
}
