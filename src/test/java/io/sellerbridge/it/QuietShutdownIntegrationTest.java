package io.sellerbridge.it;

import io.sellerbridge.sandbox.AmazonSandbox;
import io.sellerbridge.sandbox.SandboxOptions;
import io.sellerbridge.sandbox.SandboxSeller;
import io.sellerbridge.testing.BundleUnderTest;
import io.sellerbridge.testing.Closing;
import io.sellerbridge.testing.LogCapture;
import io.sellerbridge.testing.SharedKafka;
import io.sellerbridge.testing.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A normal stop while every stream is at work (windows, scans and catalog calls in flight, the published-version
 * reader polling): the running work finishes or is abandoned without a commit, and nothing is logged with a stack
 * trace.
 */
class QuietShutdownIntegrationTest {

    private static final double TIME_SCALE = 20;

    private AmazonSandbox sandbox;
    private BundleUnderTest bundle;

    @AfterEach
    void stop() throws Exception {
        Closing.closeAll(bundle, sandbox);
    }

    @Test
    void givenEveryStreamAtWork_whenTheBundleStops_thenItStopsWithoutAStackTrace() throws Exception {
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().timeScale(TIME_SCALE).orderCount(200));
        bundle = BundleUnderTest.against(sandbox, TIME_SCALE, List.of(SandboxSeller.DEFAULT))
                .set("spapi.catalog.enabled", "true")
                .set("spapi.inventory.enabled", "true")
                .start();
        try (TopicReader orders = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("orders"))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> orders.poll().size() >= 20);
        }

        try (LogCapture log = LogCapture.capture()) {
            bundle.stop();

            assertEquals(List.of(), log.stackTraces());
            assertFalse(log.text().contains("RejectedExecutionException"), log.text());
            assertFalse(log.text().contains("ConcurrentModificationException"), log.text());
        }
    }
}
