package io.sellerbridge.sandbox;

import static io.sellerbridge.sandbox.SandboxHttp.form;
import static io.sellerbridge.sandbox.SandboxHttp.header;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SandboxThrottleTest {
    private static final String QUOTA = "{\"errors\":[{\"code\":\"QuotaExceeded\",\"message\":\"You exceeded your quota "
            + "for the requested resource.\",\"details\":\"\"}]}";

    private AmazonSandbox sandbox;

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void default_get_orders_plan_allows_a_burst_of_20_then_429_without_rate_header() {
        SandboxHttp http = start(SandboxOptions.defaults().orderCount(5));
        String token = http.token(SandboxSeller.DEFAULT);
        String path = "/orders/v0/orders?" + form("MarketplaceIds", "ATVPDKIKX0DER",
                "LastUpdatedAfter", Instant.now().minus(Duration.ofDays(1)).toString());

        for (int i = 0; i < 20; i++) {
            HttpResponse<String> ok = http.get(path, token);
            assertEquals(200, ok.statusCode(), "call " + i);
            assertEquals("0.0167", header(ok, "x-amzn-RateLimit-Limit"));
        }
        HttpResponse<String> throttled = http.get(path, token);

        assertEquals(429, throttled.statusCode());
        assertEquals(QUOTA, throttled.body());
        assertEquals("TooManyRequestsException", header(throttled, "x-amzn-ErrorType"));
        assertNotNull(header(throttled, "x-amzn-RequestId"));
        assertNull(header(throttled, "x-amzn-RateLimit-Limit"));
        assertEquals(21, sandbox.stats().calls("getOrders"));
        assertEquals(1, sandbox.stats().throttled("getOrders"));
        assertEquals(1, sandbox.stats().totalThrottled());
    }

    @Test
    void buckets_are_per_seller_and_per_operation() {
        SandboxHttp http = start(SandboxOptions.defaults().orderCount(3).rate("getOrder", 0.001, 2)
                .sellers(List.of(SandboxSeller.DEFAULT, SandboxSeller.SECOND)));
        String one = http.token(SandboxSeller.DEFAULT);
        String two = http.token(SandboxSeller.SECOND);
        String oneOrder = firstOrderId(SandboxSeller.DEFAULT);

        assertEquals(200, http.get("/orders/v0/orders/" + oneOrder, one).statusCode());
        assertEquals(200, http.get("/orders/v0/orders/" + oneOrder, one).statusCode());
        HttpResponse<String> third = http.get("/orders/v0/orders/" + oneOrder, one);

        assertEquals(429, third.statusCode());
        assertEquals("0.001", header(http.get("/orders/v0/orders/" + firstOrderId(SandboxSeller.SECOND), two),
                "x-amzn-RateLimit-Limit"));
        assertEquals(200, http.get("/orders/v0/orders/" + oneOrder + "/orderItems", one).statusCode());
    }

    @Test
    void time_scale_speeds_up_refill_and_the_advertised_rate() {
        SandboxHttp http = start(SandboxOptions.defaults().orderCount(3).rate("getOrder", 1, 1).timeScale(10));
        String token = http.token(SandboxSeller.DEFAULT);
        String path = "/orders/v0/orders/" + firstOrderId(SandboxSeller.DEFAULT);

        HttpResponse<String> first = http.get(path, token);
        assertEquals("10.0", header(first, "x-amzn-RateLimit-Limit"));
        boolean throttled = false;
        for (int i = 0; i < 20 && !throttled; i++) { // the bucket holds one token and refills 10/s
            throttled = http.get(path, token).statusCode() == 429;
        }
        assertTrue(throttled, "a burst of 1 must throttle back-to-back calls");
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20))
                .until(() -> http.get(path, token).statusCode() == 200);
    }

    private SandboxHttp start(SandboxOptions options) {
        sandbox = AmazonSandbox.start(options);
        return new SandboxHttp(sandbox);
    }

    private String firstOrderId(SandboxSeller seller) {
        return sandbox.data().orders(seller.sellerId()).get(0).get("AmazonOrderId").asText();
    }
}
