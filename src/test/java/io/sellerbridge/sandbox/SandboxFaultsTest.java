package io.sellerbridge.sandbox;

import static io.sellerbridge.sandbox.SandboxHttp.form;
import static io.sellerbridge.sandbox.SandboxHttp.header;
import static io.sellerbridge.sandbox.SandboxHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxFaultsTest {
    private static final SandboxSeller ONE = SandboxSeller.DEFAULT;

    private AmazonSandbox sandbox;
    private SandboxHttp http;
    private String token;
    private String path;

    @BeforeEach
    void start() {
        // one token and (practically) no refill: any faulted call that took a token would break the next 200
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().orderCount(3).rate("getOrder", 0.0001, 1));
        http = new SandboxHttp(sandbox);
        token = http.token(ONE);
        path = "/orders/v0/orders/" + sandbox.data().orders(ONE.sellerId()).get(0).get("AmazonOrderId").asText();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void fail_next_answers_500_and_503_in_queue_order_without_taking_bucket_tokens() {
        sandbox.faults().failNext("getOrder", 1, 500);
        sandbox.faults().failNext("getOrder", 1, 503);

        HttpResponse<String> internal = http.get(path, token);
        HttpResponse<String> unavailable = http.get(path, token);
        HttpResponse<String> ok = http.get(path, token);

        assertEquals(500, internal.statusCode());
        assertEquals("InternalFailure", json(internal).get("errors").get(0).get("code").asText());
        assertEquals(503, unavailable.statusCode());
        assertEquals("ServiceUnavailable", json(unavailable).get("errors").get(0).get("code").asText());
        assertNull(header(unavailable, "x-amzn-RateLimit-Limit"));
        assertEquals(200, ok.statusCode());
        assertEquals(1, sandbox.stats().status("getOrder", 500));
        assertEquals(1, sandbox.stats().status("getOrder", 503));
    }

    @Test
    void throttle_next_is_429_even_with_a_full_bucket() {
        sandbox.faults().throttleNext("getOrder", 1);

        HttpResponse<String> throttled = http.get(path, token);

        assertEquals(429, throttled.statusCode());
        assertEquals("TooManyRequestsException", header(throttled, "x-amzn-ErrorType"));
        assertEquals(200, http.get(path, token).statusCode());
        assertEquals(1, sandbox.stats().throttled("getOrder"));
    }

    @Test
    void malformed_next_returns_200_with_a_cut_off_json_body_without_taking_a_token() {
        sandbox.faults().malformedNext("getOrder", 1);

        HttpResponse<String> garbled = http.get(path, token);

        assertEquals(200, garbled.statusCode());
        assertTrue(garbled.body().startsWith("{\"payload\":{"), garbled.body());
        assertThrows(IOException.class, () -> SandboxHttp.MAPPER.readTree(garbled.body()));
        assertEquals(200, http.get(path, token).statusCode(), "the garbled call took no bucket token");
    }

    @Test
    void slow_next_delays_the_answer() {
        sandbox.faults().slowNext("getOrder", 1, Duration.ofMillis(400));

        long start = System.nanoTime();
        HttpResponse<String> slow = http.get(path, token);
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(200, slow.statusCode());
        assertTrue(elapsedMillis >= 400, "took " + elapsedMillis + " ms");
    }

    @Test
    void reset_next_closes_the_connection_without_sending_a_byte() throws Exception {
        sandbox.faults().resetNext("getOrder", 1);
        URI base = URI.create(sandbox.baseUrl());

        // a raw socket, because HTTP clients (the JDK's too) silently retry a GET on such a connection
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost()
                    + "\r\nx-amz-access-token: " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            assertEquals(-1, socket.getInputStream().read());
        }
        assertEquals(200, http.get(path, token).statusCode());
        assertEquals(1, sandbox.stats().status("getOrder", 0));
        assertEquals(2, sandbox.stats().calls("getOrder"));
    }

    @Test
    void reset_faults_surface_as_io_errors_once_client_retries_are_exhausted() {
        sandbox.faults().resetNext("getOrder", 20);

        assertThrows(UncheckedIOException.class, () -> http.get(path, token));
        assertTrue(sandbox.stats().status("getOrder", 0) >= 1);
        sandbox.faults().clear();
        assertEquals(200, http.get(path, token).statusCode());
    }

    @Test
    void lwa_faults_use_the_oauth_error_format() {
        sandbox.faults().failNext("lwaToken", 1, 503);

        HttpResponse<String> r = http.lwaForm(form("grant_type", "refresh_token", "refresh_token", ONE.refreshToken(),
                "client_id", ONE.clientId(), "client_secret", ONE.clientSecret()));

        assertEquals(503, r.statusCode());
        assertEquals("temporarily_unavailable", json(r).get("error").asText());
        http.token(ONE); // next exchange works
    }

    @Test
    void clear_drops_queued_faults() {
        sandbox.faults().failNext("getOrder", 5, 500);
        sandbox.faults().clear();

        assertEquals(200, http.get(path, token).statusCode());
    }
}
