package io.sellerbridge.routes;

import io.sellerbridge.routes.FakeAmazon.Reply;
import io.sellerbridge.testing.LogCapture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A stop in the middle of a window: the order in flight finishes, the rest is left to the next run, quietly. */
class StopRouteTest extends RouteTestSupport {

    @Override
    protected Properties overrides() {
        Properties p = new Properties();
        p.put("spapi.orders.schedule", "* * * * * ?");
        return p;
    }

    @Test
    void givenAWindowInFlight_whenTheBundleStops_thenItLeavesOffWithoutCommittingAndWithoutAStackTrace() throws Exception {
        CountDownLatch blocked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean first = new AtomicBoolean(true);
        String order = "{\"AmazonOrderId\":\"111-0000001-0000001\",\"PurchaseDate\":\"2026-11-29T10:00:00Z\","
                + "\"LastUpdateDate\":\"2026-11-29T10:00:00Z\",\"OrderStatus\":\"Pending\",\"MarketplaceId\":\"ATVPDKIKX0DER\"}";
        amazon.on("getOrders", call -> Reply.ok("{\"payload\":{\"Orders\":[" + order + "],\"NextToken\":\"page-2\"}}"));
        amazon.on("getOrderItems", call -> {
            if (first.getAndSet(false)) {
                blocked.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Reply.ok("{\"payload\":{\"OrderItems\":[{\"ASIN\":\"B00551Q3CS\",\"OrderItemId\":\"1\",\"QuantityOrdered\":1}]}}");
        });
        start();
        assertTrue(blocked.await(10, TimeUnit.SECONDS), "a window is at work");

        try (LogCapture log = LogCapture.capture()) {
            Thread stopping = new Thread(context::stop, "stop");
            stopping.start();
            await().atMost(Duration.ofSeconds(5)).until(() -> context.isStopping());
            release.countDown();
            stopping.join(30_000);

            assertFalse(stopping.isAlive(), "the stop did not wait for the window's remaining pages");
            assertEquals(List.of(), log.stackTraces());
            assertTrue(log.text().contains("left to the next run: the bundle is stopping"), log.text());
        }
        assertTrue(checkpoints.all().isEmpty(), "a window cut short is not committed");
        assertEquals(List.of("A2S:111-0000001-0000001:2026-11-29T10:00:00Z"), published,
                "the order in flight was finished and published");
    }
}
