package io.sellerbridge.it;

import io.sellerbridge.sandbox.AmazonSandbox;
import io.sellerbridge.sandbox.SandboxOptions;
import io.sellerbridge.sandbox.SandboxSeller;
import io.sellerbridge.testing.BundleUnderTest;
import io.sellerbridge.testing.Closing;
import io.sellerbridge.testing.SharedKafka;
import io.sellerbridge.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sellers of two selling regions in one bundle: each seller's calls go to its region's endpoint (the sandbox's NA and
 * EU listeners, which refuse another region's marketplaces as Amazon's endpoints do), and every order of both arrives.
 */
class SellingRegionsIntegrationTest {

    private static final SandboxSeller AMERICAN = SandboxSeller.DEFAULT;
    private static final SandboxSeller EUROPEAN = SandboxSeller.SECOND;

    private AmazonSandbox sandbox;
    private BundleUnderTest bundle;

    @AfterEach
    void stop() throws Exception {
        Closing.closeAll(bundle, sandbox);
    }

    @Test
    void givenSellersInNorthAmericaAndEurope_thenEachIsReadAtItsRegionsEndpointAndEveryOrderArrives() throws Exception {
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().timeScale(100).orderCount(20)
                .history(Duration.ofDays(20)).sellers(List.of(AMERICAN, EUROPEAN)));
        bundle = BundleUnderTest.against(sandbox, 100, List.of(AMERICAN, EUROPEAN))
                .atRegionalEndpoints(sandbox, "spapi").start();
        Set<String> expected = OrdersTopic.keysOfAllOrders(sandbox, List.of(AMERICAN, EUROPEAN));

        try (TopicReader orders = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("orders"))) {
            List<ConsumerRecord<String, String>> all = await().atMost(Duration.ofSeconds(60))
                    .until(orders::poll, l -> l.stream().map(ConsumerRecord::key).collect(Collectors.toSet())
                            .containsAll(expected));
            assertEquals(expected, all.stream().map(ConsumerRecord::key).collect(Collectors.toSet()));
        }
        assertTrue(sandbox.requestsTo("NA") > 0 && sandbox.requestsTo("EU") > 0, sandbox.stats().summary());
        assertEquals(0, sandbox.requestsTo("FE"));
        // a seller at the wrong region's endpoint would have been refused with 400
        assertEquals(0, sandbox.stats().status("getOrders", 400) + sandbox.stats().status("getOrderItems", 400),
                sandbox.stats().summary());
    }
}
