package io.sellerbridge.notifications;

import io.sellerbridge.amazon.SellerRegistry;
import io.sellerbridge.spapi.SpApiSeller;
import io.sellerbridge.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OrderPollingTest {

    private static final SpApiSeller SUBSCRIBED = new SpApiSeller("subscribed", "A1", List.of("ATVPDKIKX0DER"), "c",
            "s", "r1");
    private static final SpApiSeller REFUSED = new SpApiSeller("refused", "A2", List.of("ATVPDKIKX0DER"), "c", "s", "r2");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:01:00Z"));
    private final SellerRegistry<SpApiSeller> sellers = new SellerRegistry<>(List.of(SUBSCRIBED, REFUSED));

    @Test
    void givenNotificationsOff_thenEveryTickPollsEveryActiveSeller() {
        OrderPolling polling = new OrderPolling(sellers, seller -> true, null, clock);

        assertEquals(List.of(SUBSCRIBED, REFUSED), polling.due());
        sellers.stop(REFUSED, "refused credentials");
        assertEquals(List.of(SUBSCRIBED), polling.due());
    }

    @Test
    void givenASubscribedSeller_thenItIsPolledOnTheFirstTickAndThenOnlyAtOrAfterEachBackstopTime() {
        OrderPolling polling = new OrderPolling(sellers, Set.of(SUBSCRIBED)::contains, "0 0/30 * * * ?", clock);

        assertEquals(List.of(SUBSCRIBED, REFUSED), polling.due(), "the first tick after the start polls every seller");
        clock.advance(Duration.ofMinutes(5)); // 10:06
        assertEquals(List.of(REFUSED), polling.due());
        clock.advance(Duration.ofMinutes(20)); // 10:26
        assertEquals(List.of(REFUSED), polling.due());
        clock.advance(Duration.ofMinutes(5)); // 10:31, the 10:30 backstop is due
        assertEquals(List.of(SUBSCRIBED, REFUSED), polling.due());
        clock.advance(Duration.ofMinutes(5)); // 10:36
        assertEquals(List.of(REFUSED), polling.due());
        clock.advance(Duration.ofMinutes(24)); // 11:00 exactly
        assertEquals(List.of(SUBSCRIBED, REFUSED), polling.due());
    }

    @Test
    void givenASubscribedSellerAddedWhileRunning_thenItsFirstTickPollsItAndLaterOnesOnlyAsTheBackstop() {
        OrderPolling polling = new OrderPolling(sellers, seller -> true, "0 0/30 * * * ?", clock);
        assertEquals(List.of(SUBSCRIBED, REFUSED), polling.due());
        SpApiSeller added = new SpApiSeller("added", "A3", List.of("ATVPDKIKX0DER"), "c", "s", "r3");

        sellers.put(added);
        clock.advance(Duration.ofMinutes(5));
        assertEquals(List.of(added), polling.due(), "its history, at once");
        clock.advance(Duration.ofMinutes(5));
        assertEquals(List.of(), polling.due());
    }
}
