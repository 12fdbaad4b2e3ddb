package io.sellerbridge.it;

import io.sellerbridge.mws.ErrorResponse;
import io.sellerbridge.sandbox.AmazonSandbox;
import io.sellerbridge.sandbox.SandboxOptions;
import io.sellerbridge.sandbox.SandboxSeller;
import io.sellerbridge.testing.BundleUnderTest;
import io.sellerbridge.testing.Closing;
import io.sellerbridge.testing.LogCapture;
import io.sellerbridge.testing.OrderSchema;
import io.sellerbridge.testing.SharedKafka;
import io.sellerbridge.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The MWS stream against the sandbox's MWS side (SigV2 checked, quotas, ErrorResponse XML) and a real broker. */
class MwsOrdersIntegrationTest {

    private static final SandboxSeller SELLER = SandboxSeller.DEFAULT;

    private AmazonSandbox sandbox;
    private BundleUnderTest spApi;
    private BundleUnderTest mws;

    @AfterEach
    void stop() throws Exception {
        Closing.closeAll(spApi, mws, sandbox);
    }

    private void startSandbox(int orders) {
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().timeScale(100).orderCount(orders).itemsPageSize(5)
                .history(Duration.ofDays(20)).sellers(List.of(SELLER)));
    }

    private static Map<String, String> valuesByKey(List<ConsumerRecord<String, String>> records) {
        return records.stream().collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value, (a, b) -> b));
    }

    @Test
    void givenTheSameOrders_whenReadThroughMwsAndThroughSpApi_thenEveryCanonicalMessageIsTheSameBytes() throws Exception {
        startSandbox(40);
        int expected = sandbox.data().orders(SELLER.sellerId()).size();
        spApi = BundleUnderTest.against(sandbox, 100, List.of(SELLER)).set("mws.orders.enabled", "false").start();
        mws = BundleUnderTest.against(sandbox, 100, List.of(SELLER)).viaMws().start();

        try (TopicReader viaSpApi = new TopicReader(SharedKafka.bootstrapServers(), spApi.topic("orders"));
             TopicReader viaMws = new TopicReader(SharedKafka.bootstrapServers(), mws.topic("orders"))) {
            Function<TopicReader, List<ConsumerRecord<String, String>>> all =
                    r -> await().atMost(Duration.ofSeconds(60)).until(r::poll, l -> l.size() >= expected);
            List<ConsumerRecord<String, String>> mwsRecords = all.apply(viaMws);
            Map<String, String> spApiValues = valuesByKey(all.apply(viaSpApi));
            Map<String, String> mwsValues = valuesByKey(mwsRecords);

            assertEquals(expected, mwsValues.size());
            assertEquals(spApiValues.keySet(), mwsValues.keySet());
            spApiValues.forEach((key, json) -> assertEquals(json, mwsValues.get(key), "order " + key));
            // the sandbox serves the buyer and the full address (MWS without a token, SP-API too): neither is published
            List<String> restricted = List.of("\"buyer\"", "\"addressLine1\"", "\"phone\"", "\"name\"", "@");
            assertTrue(sandbox.data().orders(SELLER.sellerId()).stream().anyMatch(o -> o.has("BuyerInfo")),
                    "the sandbox's orders carry buyer facts to leave out");
            mwsValues.forEach((key, json) -> restricted.forEach(field ->
                    assertTrue(!json.contains(field), field + " in " + key)));
            assertTrue(mwsValues.values().stream().allMatch(v -> OrderSchema.violations(v).isEmpty()));
            assertTrue(mwsRecords.stream().allMatch(r -> "/amazon/mws/orders/2013-09-01".equals(OrdersTopic.headers(r).get("ce_source"))));
            assertEquals(OrdersTopic.ALLOWED_HEADERS, OrdersTopic.headerNames(mwsRecords.get(0)));
        }
        assertTrue(sandbox.stats().calls("ListOrderItemsByNextToken") > 0, "items paging through MWS: " + sandbox.stats().summary());
    }

    @Test
    void givenMwsSellersInNorthAmericaAndEurope_thenEachIsSignedForAndReadAtItsRegionsEndpoint() throws Exception {
        SandboxSeller european = SandboxSeller.SECOND;
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().timeScale(100).orderCount(20)
                .history(Duration.ofDays(20)).sellers(List.of(SELLER, european)));
        // the sandbox's regional listeners refuse another region's marketplaces, and check each signature against
        // the Host the request reached
        mws = BundleUnderTest.against(sandbox, 100, List.of(SELLER, european)).viaMws()
                .atRegionalEndpoints(sandbox, "mws").start();
        Set<String> expected = OrdersTopic.keysOfAllOrders(sandbox, List.of(SELLER, european));

        try (TopicReader orders = new TopicReader(SharedKafka.bootstrapServers(), mws.topic("orders"))) {
            List<ConsumerRecord<String, String>> all = await().atMost(Duration.ofSeconds(60))
                    .until(orders::poll, l -> OrdersTopic.keys(l).containsAll(expected));
            assertEquals(expected, OrdersTopic.keys(all));
        }
        assertTrue(sandbox.requestsTo("NA") > 0 && sandbox.requestsTo("EU") > 0, sandbox.stats().summary());
        assertEquals(0, sandbox.requestsTo("FE"));
        for (String action : List.of("ListOrders", "ListOrderItems")) {
            assertEquals(0, sandbox.stats().status(action, 400) + sandbox.stats().status(action, 403),
                    sandbox.stats().summary());
        }
    }

    @Test
    void givenThrottlingAndAWrongSecret_whenSyncedThroughMws_thenThrottledCallsAreRetriedAndTheMismatchIsReportedNotRetried() throws Exception {
        startSandbox(20);
        sandbox.faults().throttleNext("ListOrderItems", 2);
        sandbox.faults().throttleNext("ListOrders", 1);
        int expected = sandbox.data().orders(SELLER.sellerId()).size();
        // the endpoint as people write it, with a trailing slash: still signed for the path the request goes to
        mws = BundleUnderTest.against(sandbox, 100, List.of(SELLER)).viaMws()
                .set("mws.endpoint", sandbox.mwsUrl() + "/").start();
        try (TopicReader orders = new TopicReader(SharedKafka.bootstrapServers(), mws.topic("orders"))) {
            await().atMost(Duration.ofSeconds(60)).until(orders::poll, l -> l.size() >= expected);
            assertEquals(expected, OrdersTopic.keys(orders.poll()).size());
        }
        assertTrue(sandbox.stats().status("ListOrderItems", 503) >= 2, sandbox.stats().summary());
        mws.stop();

        // a secret that does not match: 403 SignatureDoesNotMatch, reported with Amazon's message, no retry
        try (LogCapture logs = LogCapture.capture()) {
            long before = sandbox.stats().status("ListOrders", 403);
            mws.set("mws.seller." + BundleUnderTest.alias(SELLER) + ".secret-key", "not-the-secret").start();
            await().atMost(Duration.ofSeconds(20)).until(() -> sandbox.stats().status("ListOrders", 403) >= before + 2);
            String logged = logs.text();
            assertTrue(logged.contains("SignatureDoesNotMatch") && logged.contains("The request signature we calculated does not match"),
                    "Amazon's code and message are reported");
            assertFalse(logged.contains("not-the-secret"), "the secret is never logged");
            // one call per schedule tick, never a redelivery burst
            long calls = sandbox.stats().status("ListOrders", 403);
            assertTrue(calls <= before + 3 + 1, "403 is not retried: " + sandbox.stats().summary());
        }
    }
}
