package io.sellerbridge.it;

import io.sellerbridge.sandbox.AmazonSandbox;
import io.sellerbridge.sandbox.SandboxOptions;
import io.sellerbridge.sandbox.SandboxSeller;
import io.sellerbridge.testing.BundleUnderTest;
import io.sellerbridge.testing.Closing;
import io.sellerbridge.testing.SharedKafka;
import io.sellerbridge.testing.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Many sellers in one process with few threads: a call waiting for its seller's bucket holds no thread, so every
 * seller's first getOrderItems goes out at once, while each seller's next waits on its own bucket.
 */
class ManySellersIntegrationTest {

    private static final int SELLERS = 20;

    private final List<SandboxSeller> sellers = IntStream.rangeClosed(1, SELLERS).mapToObj(i -> new SandboxSeller(
            String.format("A7MANY%07d", i), SandboxSeller.DEFAULT.clientId(), SandboxSeller.DEFAULT.clientSecret(),
            "Atzr|many-" + i, List.of("ATVPDKIKX0DER"), "AKIAMANY" + i, "many-mws-secret", null)).toList();
    private AmazonSandbox sandbox;
    private BundleUnderTest bundle;

    @AfterEach
    void stop() throws Exception {
        Closing.closeAll(bundle, sandbox);
    }

    /** Sellers the bundle's metrics show with a getOrderItems answered 200. */
    private long sellersThatCalled() throws Exception {
        return bundle.metrics().lines().filter(l -> l.startsWith("sellerbridge_amazon_calls_total{")
                && l.contains("operation=\"getOrderItems\"") && l.contains("status=\"200\"")).count();
    }

    @Test
    void givenMoreSellersThanThreads_thenEverySellerCallsAtOnce_andEachWaitsOnlyOnItsOwnBucket() throws Exception {
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().timeScale(1).orderCount(2).itemsPageSize(100)
                .rate("getOrderItems", 0.2, 1)
                .history(Duration.ofDays(10)).sellers(sellers));
        // one getOrderItems per seller, then the next after 5 s (the sandbox's plan, which it reports in
        // x-amzn-RateLimit-Limit): two threads for the calls, two for the orders
        bundle = BundleUnderTest.against(sandbox, 1, sellers)
                .set("spapi.orders.get-order-items.rate", "0.2").set("spapi.orders.get-order-items.burst", "1")
                .set("amazon.call-threads", "2").set("spapi.orders.parallel-orders", "2")
                .set("spapi.catalog.enabled", "false").set("spapi.inventory.enabled", "false")
                .set("mws.orders.enabled", "false")
                .start();
        int orders = sellers.stream().mapToInt(s -> sandbox.data().orders(s.sellerId()).size()).sum();

        // every seller's first call goes out at once, whatever the threads; none has its second yet (its bucket
        // refills the token in 5 s)
        await().atMost(Duration.ofSeconds(15)).until(() -> sellersThatCalled() == SELLERS);
        assertEquals(SELLERS, sandbox.stats().calls("getOrderItems"), sandbox.stats().summary());
        assertEquals(0, sandbox.stats().totalThrottled());
        try (TopicReader topic = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("orders"))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> topic.poll().size() >= orders);
            assertEquals(orders, topic.poll().size(), "each order once");
        }
    }
}
