package io.sellerbridge.it;

import io.sellerbridge.sandbox.AmazonSandbox;
import io.sellerbridge.sandbox.SandboxOptions;
import io.sellerbridge.sandbox.SandboxSeller;
import io.sellerbridge.testing.BundleUnderTest;
import io.sellerbridge.testing.Closing;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The management port as Kubernetes and Prometheus see it, over HTTP. */
class HealthAndMetricsIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private AmazonSandbox sandbox;
    private BundleUnderTest bundle;

    @AfterEach
    void stop() throws Exception {
        Closing.closeAll(bundle, sandbox);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(bundle.managementUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The full health answer once it is 200, or the last one seen (which names the checks still DOWN). */
    private HttpResponse<String> healthOnceReady(Duration atMost) throws Exception {
        AtomicReference<HttpResponse<String>> last = new AtomicReference<>();
        try {
            await().atMost(atMost).pollInterval(Duration.ofMillis(200))
                    .until(() -> last.updateAndGet(r -> fullHealth()).statusCode() == 200);
        } catch (ConditionTimeoutException e) {
            // the assertion on the last answer says what is DOWN
        }
        return last.get();
    }

    private HttpResponse<String> fullHealth() {
        try {
            return get("/observe/health?exposureLevel=full");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void givenARunningBundle_thenHealthIsUpAndPrometheusMetricsAreServed() throws Exception {
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().timeScale(100).orderCount(10).history(Duration.ofDays(5)));
        bundle = BundleUnderTest.against(sandbox, 100, List.of(SandboxSeller.DEFAULT)).start();

        // Kafka's producer check turns UP once its client has the cluster's metadata, which on a busy machine can
        // take a moment after start: readiness is waited for, as the kubelet does, and any check still DOWN is named.
        HttpResponse<String> health = healthOnceReady(Duration.ofSeconds(20));
        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("UP"), health.body());
        String ready = get("/observe/health/ready?exposureLevel=full").body();
        for (String check : List.of("\"route:spapi-orders-schedule\"", "\"producer:kafka-seller-bridge-publish-order", "\"sellers\"")) {
            assertTrue(ready.contains(check), "readiness checks " + check + ": " + ready);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> sandbox.stats().calls("getOrderItems") >= 10);
        HttpResponse<String> metrics = get("/observe/metrics");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().contains("camel_exchanges_total"), "Camel's exchange metrics");
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/observe/metrics").body().contains("sellerbridge_checkpoint_lag_seconds"));
        String body = get("/observe/metrics").body();
        String seller = "seller=\"" + SandboxSeller.DEFAULT.sellerId() + "\"";
        assertTrue(body.lines().anyMatch(l -> l.startsWith("sellerbridge_amazon_calls_total") && l.contains(seller)
                && l.contains("operation=\"getOrderItems\"") && l.contains("status=\"200\"")), "calls per seller and operation");
        assertTrue(body.lines().anyMatch(l -> l.startsWith("sellerbridge_records_published_total") && l.contains(seller)
                && l.contains("topic=\"" + bundle.topic("orders") + "\"")), "records per topic");
        // Camel's exchange series per route only (camel.metrics.route-policy-level = route), not again for the context
        assertTrue(body.lines().anyMatch(l -> l.startsWith("camel_exchanges_total") && l.contains("eventType=\"route\"")));
        assertFalse(body.contains("eventType=\"context\""), "no context-wide route-policy series");
        assertTrue(body.lines().anyMatch(l -> l.startsWith("sellerbridge_throttle_wait_seconds_count") && l.contains(seller)), "throttle wait");
        assertTrue(body.lines().anyMatch(l -> l.startsWith("sellerbridge_checkpoint_lag_seconds") && l.contains("stream=\"spapi-orders\"")), "checkpoint lag");
    }

    @Test
    void givenASellerWhoseTokenIsRefused_thenReadinessIsDownAndNamesTheSellerButLivenessStaysUp() throws Exception {
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().timeScale(100).orderCount(5).history(Duration.ofDays(5)));
        sandbox.faults().revokeRefreshToken(SandboxSeller.DEFAULT.sellerId());
        bundle = BundleUnderTest.against(sandbox, 100, List.of(SandboxSeller.DEFAULT)).start();

        HttpResponse<String> ready = await().atMost(Duration.ofSeconds(20))
                .until(() -> get("/observe/health/ready"), r -> r.statusCode() == 503);
        assertTrue(ready.body().contains("DOWN"), ready.body());
        HttpResponse<String> detail = get("/observe/health/ready?exposureLevel=full");
        assertTrue(detail.body().contains(BundleUnderTest.alias(SandboxSeller.DEFAULT)), detail.body());
        assertTrue(!detail.body().contains(SandboxSeller.DEFAULT.refreshToken()), "no secret in the health answer");
        assertEquals(200, get("/observe/health/live").statusCode(), "a restart would not fix a credential");
    }
}
