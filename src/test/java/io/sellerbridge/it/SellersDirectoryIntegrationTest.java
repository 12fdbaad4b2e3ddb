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
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sellers as files (spapi.sellers.directory) in a running bundle: a seller whose file appears is polled from then on,
 * a bad file is named in readiness while the others go on, and a seller whose file is removed is polled no more.
 */
class SellersDirectoryIntegrationTest {

    private static final SandboxSeller AMERICAN = SandboxSeller.DEFAULT;
    private static final SandboxSeller EUROPEAN = SandboxSeller.SECOND;

    @TempDir
    Path sellers;

    private AmazonSandbox sandbox;
    private BundleUnderTest bundle;

    @AfterEach
    void stop() throws Exception {
        Closing.closeAll(bundle, sandbox);
    }

    private static String file(SandboxSeller seller) {
        return String.join("\n", "seller-id = " + seller.sellerId(),
                "marketplace-ids = " + String.join(",", seller.marketplaceIds()),
                "lwa.client-id = " + seller.clientId(), "lwa.client-secret = " + seller.clientSecret(),
                "lwa.refresh-token = " + seller.refreshToken(), "");
    }

    private Set<String> keys(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
    }

    private Set<String> orderKeys(SandboxSeller seller) {
        return sandbox.data().orders(seller.sellerId()).stream()
                .map(o -> seller.sellerId() + ":" + o.get("AmazonOrderId").asText()).collect(Collectors.toSet());
    }

    @Test
    void givenSellerFilesAddedBrokenAndRemoved_whileTheBundleRuns_thenThePollsFollowTheFiles() throws Exception {
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().timeScale(100).orderCount(15)
                .history(Duration.ofDays(20)).sellers(List.of(AMERICAN, EUROPEAN)));
        Files.writeString(sellers.resolve("us.properties"), file(AMERICAN));
        bundle = BundleUnderTest.against(sandbox, 100, List.of())
                .set("spapi.sellers.directory", sellers.toString())
                .set("spapi.sellers.directory-check", "PT1S")
                .atRegionalEndpoints(sandbox, "spapi")
                .start();

        try (TopicReader orders = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("orders"))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> keys(orders.poll()).containsAll(orderKeys(AMERICAN)));
            assertEquals(0, sandbox.requestsTo("EU"));

            Files.writeString(sellers.resolve("eu.properties"), file(EUROPEAN));
            Files.writeString(sellers.resolve("broken.properties"), file(EUROPEAN).replace("seller-id", "sellerid"));
            await().atMost(Duration.ofSeconds(30)).until(() -> keys(orders.poll()).containsAll(orderKeys(EUROPEAN)));
            await().atMost(Duration.ofSeconds(10)).until(() -> bundle.readiness().body().contains("broken.properties"));
            String ready = bundle.readiness().body();
            assertTrue(ready.contains("seller-id: is required"), ready);
            assertFalse(ready.contains(EUROPEAN.clientSecret()) || ready.contains(EUROPEAN.refreshToken()), ready);
            String gauge = "sellerbridge_seller_token_failing{alias=\"eu\",seller=\"" + EUROPEAN.sellerId() + "\"} 0.0";
            String metrics = bundle.metrics();
            assertTrue(metrics.contains(gauge) && metrics.contains("sellerbridge_seller_files_invalid 1.0"), metrics);

            Files.delete(sellers.resolve("eu.properties"));
            // a window under way may finish; after that, nothing more for the removed seller
            long[] last = {-1};
            await().pollInterval(Duration.ofMillis(500)).during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(20))
                    .until(() -> last[0] == (last[0] = sandbox.requestsTo("EU")));
            long europe = sandbox.requestsTo("EU");
            long america = sandbox.requestsTo("NA");
            await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.requestsTo("NA") > america + 2);
            assertEquals(europe, sandbox.requestsTo("EU"), "no call for the removed seller");
            assertFalse(bundle.metrics().contains("sellerbridge_seller_token_failing{alias=\"eu\""),
                    "the removed seller's gauge is gone");
        }
    }
}
