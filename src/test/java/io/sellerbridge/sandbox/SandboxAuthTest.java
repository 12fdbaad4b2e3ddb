package io.sellerbridge.sandbox;

import static io.sellerbridge.sandbox.SandboxHttp.header;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SandboxAuthTest {
    private static final String DENIED = "{\"errors\":[{\"code\":\"Unauthorized\",\"message\":\"Access to requested "
            + "resource is denied.\",\"details\":\"%s\"}]}";

    private AmazonSandbox sandbox;

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void missing_and_unknown_tokens_get_403_with_request_id_but_no_rate_header() {
        SandboxHttp http = start(SandboxOptions.defaults().orderCount(3));
        String orderId = firstOrderId(SandboxSeller.DEFAULT);

        HttpResponse<String> missing = http.get("/orders/v0/orders/" + orderId, null);
        HttpResponse<String> unknown = http.get("/orders/v0/orders/" + orderId, "Atza|made-up");

        assertEquals(403, missing.statusCode());
        assertEquals(String.format(DENIED, "Access token is missing in the request header."), missing.body());
        assertEquals(403, unknown.statusCode());
        assertEquals(String.format(DENIED, "The access token you provided is revoked, malformed or invalid."), unknown.body());
        for (HttpResponse<String> r : List.of(missing, unknown)) {
            assertNotNull(header(r, "x-amzn-RequestId"));
            assertNull(header(r, "x-amzn-RateLimit-Limit"));
            assertEquals("application/json", header(r, "Content-Type"));
        }
        assertEquals(2, sandbox.stats().status("getOrder", 403));
    }

    @Test
    void expired_tokens_get_403_expired_and_a_fresh_token_works_again() {
        SandboxHttp http = start(SandboxOptions.defaults().orderCount(3));
        String token = http.token(SandboxSeller.DEFAULT);
        String path = "/orders/v0/orders/" + firstOrderId(SandboxSeller.DEFAULT);
        assertEquals(200, http.get(path, token).statusCode());

        sandbox.faults().expireAccessTokens();
        HttpResponse<String> expired = http.get(path, token);

        assertEquals(403, expired.statusCode());
        assertEquals(String.format(DENIED, "The access token you provided has expired."), expired.body());
        assertNull(header(expired, "x-amzn-RateLimit-Limit"));
        assertEquals(200, http.get(path, http.token(SandboxSeller.DEFAULT)).statusCode());
    }

    @Test
    void tokens_expire_after_the_real_time_ttl() {
        SandboxHttp http = start(SandboxOptions.defaults().orderCount(3).tokenTtl(Duration.ofMillis(300)));
        String token = http.token(SandboxSeller.DEFAULT);
        String path = "/orders/v0/orders/" + firstOrderId(SandboxSeller.DEFAULT);

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> http.get(path, token).statusCode() == 403);
        assertEquals(String.format(DENIED, "The access token you provided has expired."), http.get(path, token).body());
    }

    @Test
    void a_token_only_sees_its_own_sellers_orders() {
        SandboxHttp http = start(SandboxOptions.defaults().orderCount(3)
                .sellers(List.of(SandboxSeller.DEFAULT, SandboxSeller.SECOND)));
        String secondsToken = http.token(SandboxSeller.SECOND);

        HttpResponse<String> foreign = http.get("/orders/v0/orders/" + firstOrderId(SandboxSeller.DEFAULT), secondsToken);
        HttpResponse<String> own = http.get("/orders/v0/orders/" + firstOrderId(SandboxSeller.SECOND), secondsToken);

        assertEquals(404, foreign.statusCode());
        assertEquals(200, own.statusCode());
    }

    private SandboxHttp start(SandboxOptions options) {
        sandbox = AmazonSandbox.start(options);
        return new SandboxHttp(sandbox);
    }

    private String firstOrderId(SandboxSeller seller) {
        return sandbox.data().orders(seller.sellerId()).get(0).get("AmazonOrderId").asText();
    }
}
