package io.sellerbridge.notifications;

import io.sellerbridge.amazon.SellerRegistry;
import io.sellerbridge.spapi.SpApiSeller;
import org.quartz.CronExpression;

import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which sellers getOrders polls on a tick of {@code spapi.orders.schedule}: every active one, except, with
 * notifications on, the sellers whose changes come as ORDER_CHANGE notifications; those are polled only as the
 * backstop, on the first tick at or after each time of {@code spapi.notifications.backstop-schedule}, and on their
 * first tick in this process (what changed while the bundle was away, a new seller's history). One schedule for both
 * keeps one seller's windows from ever running twice at once.
 */
public class OrderPolling {

    private final SellerRegistry<SpApiSeller> sellers;
    private final Predicate<SpApiSeller> notified;
    private final CronExpression backstop;
    private final Clock clock;
    /** The previous tick; null before the first. */
    private Instant lastTick;
    /** Sellers polled at least once by this process. */
    private final java.util.Set<String> polled = new java.util.HashSet<>();

    /** @param backstop the backstop's Quartz cron, or null when notifications are off (every tick polls all) */
    public OrderPolling(SellerRegistry<SpApiSeller> sellers, Predicate<SpApiSeller> notified, String backstop,
                        Clock clock) {
        this.sellers = sellers;
        this.notified = notified;
        this.backstop = backstop == null ? null : cron(backstop);
        this.clock = clock;
    }

    /** The sellers to poll now; called once per tick. */
    public synchronized List<SpApiSeller> due() {
        Instant now = clock.instant();
        boolean backstopDue = backstop == null || lastTick == null
                || !backstop.getNextValidTimeAfter(Date.from(lastTick)).toInstant().isAfter(now);
        lastTick = now;
        List<SpApiSeller> due = sellers.active().stream()
                .filter(s -> backstopDue || !notified.test(s) || !polled.contains(s.alias())).toList();
        due.forEach(s -> polled.add(s.alias()));
        return due;
    }

    /** The seller changed or went: its next tick (if it is still there) polls it as a new one. */
    public synchronized void forget(String alias) {
        polled.remove(alias);
    }

    private static CronExpression cron(String expression) {
        try {
            // the JVM's time zone, as the Quartz triggers of the schedules use
            return new CronExpression(expression);
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a Quartz cron expression: " + expression, e);
        }
    }
}
