package io.sellerbridge.sandbox;

import static io.sellerbridge.sandbox.SandboxHttp.form;
import static io.sellerbridge.sandbox.SandboxHttp.header;
import static io.sellerbridge.sandbox.SandboxHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxLwaTest {
    private static final SandboxSeller ONE = SandboxSeller.DEFAULT;
    private static final SandboxSeller TWO = SandboxSeller.SECOND;

    private AmazonSandbox sandbox;
    private SandboxHttp http;

    @BeforeEach
    void start() {
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().orderCount(5).sellers(List.of(ONE, TWO)));
        http = new SandboxHttp(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void form_request_with_valid_credentials_gets_a_bearer_token_echoing_the_refresh_token() {
        HttpResponse<String> r = http.lwaForm(refreshForm(ONE.refreshToken(), ONE.clientId(), ONE.clientSecret()));

        assertEquals(200, r.statusCode());
        JsonNode body = json(r);
        assertTrue(body.get("access_token").asText().startsWith("Atza|"));
        assertEquals("bearer", body.get("token_type").asText());
        assertEquals(3600, body.get("expires_in").asInt());
        assertEquals(ONE.refreshToken(), body.get("refresh_token").asText());
        assertNotNull(header(r, "x-amzn-RequestId"));
        assertTrue(header(r, "Content-Type").startsWith("application/json"));
        assertEquals("no-store", header(r, "Cache-Control"));
    }

    @Test
    void json_request_like_amazons_java_sdk_is_accepted_and_each_exchange_gets_a_new_token() {
        String body = "{\"grant_type\":\"refresh_token\",\"refresh_token\":\"" + TWO.refreshToken()
                + "\",\"client_id\":\"" + TWO.clientId() + "\",\"client_secret\":\"" + TWO.clientSecret() + "\"}";
        HttpResponse<String> first = http.lwaJson(body);
        HttpResponse<String> second = http.lwaJson(body);

        assertEquals(200, first.statusCode(), first.body());
        assertTrue(!json(first).get("access_token").asText().equals(json(second).get("access_token").asText()));
    }

    @Test
    void unknown_client_or_wrong_secret_is_invalid_client_401() {
        String expected = "{\"error_description\":\"Client authentication failed\",\"error\":\"invalid_client\"}";

        HttpResponse<String> unknownClient = http.lwaForm(refreshForm(ONE.refreshToken(), "amzn1.application-oa2-client.nope", ONE.clientSecret()));
        HttpResponse<String> wrongSecret = http.lwaForm(refreshForm(ONE.refreshToken(), ONE.clientId(), "wrong"));

        assertEquals(401, unknownClient.statusCode());
        assertEquals(expected, unknownClient.body());
        assertEquals(401, wrongSecret.statusCode());
        assertEquals(expected, wrongSecret.body());
        assertNotNull(header(wrongSecret, "x-amzn-RequestId"));
    }

    @Test
    void unknown_foreign_or_revoked_refresh_token_is_invalid_grant_400() {
        String expected = "{\"error_description\":\"The request has an invalid grant parameter : refresh_token\","
                + "\"error\":\"invalid_grant\"}";

        HttpResponse<String> unknown = http.lwaForm(refreshForm("Atzr|never-issued", ONE.clientId(), ONE.clientSecret()));
        HttpResponse<String> foreign = http.lwaForm(refreshForm(TWO.refreshToken(), ONE.clientId(), ONE.clientSecret()));
        sandbox.faults().revokeRefreshToken(ONE.sellerId());
        HttpResponse<String> revoked = http.lwaForm(refreshForm(ONE.refreshToken(), ONE.clientId(), ONE.clientSecret()));
        HttpResponse<String> otherSellerStillWorks = http.lwaForm(refreshForm(TWO.refreshToken(), TWO.clientId(), TWO.clientSecret()));

        for (HttpResponse<String> r : List.of(unknown, foreign, revoked)) {
            assertEquals(400, r.statusCode());
            assertEquals(expected, r.body());
        }
        assertEquals(200, otherSellerStillWorks.statusCode());
        sandbox.faults().clear();
        assertEquals(200, http.lwaForm(refreshForm(ONE.refreshToken(), ONE.clientId(), ONE.clientSecret())).statusCode());
    }

    @Test
    void missing_or_unsupported_grant_type_is_rejected() {
        HttpResponse<String> missing = http.lwaForm(form("refresh_token", ONE.refreshToken(),
                "client_id", ONE.clientId(), "client_secret", ONE.clientSecret()));
        HttpResponse<String> other = http.lwaForm(form("grant_type", "authorization_code", "code", "x",
                "client_id", ONE.clientId(), "client_secret", ONE.clientSecret()));

        assertEquals(400, missing.statusCode());
        assertEquals("invalid_request", json(missing).get("error").asText());
        assertEquals(400, other.statusCode());
        assertEquals("unsupported_grant_type", json(other).get("error").asText());
    }

    @Test
    void stats_count_token_calls_by_status_and_lwa_has_no_rate_header() {
        HttpResponse<String> ok = http.lwaForm(refreshForm(ONE.refreshToken(), ONE.clientId(), ONE.clientSecret()));
        http.lwaForm(refreshForm(ONE.refreshToken(), ONE.clientId(), "wrong"));

        assertNull(header(ok, "x-amzn-RateLimit-Limit"));
        assertEquals(2, sandbox.stats().calls("lwaToken"));
        assertEquals(1, sandbox.stats().status("lwaToken", 200));
        assertEquals(1, sandbox.stats().status("lwaToken", 401));
        assertTrue(sandbox.stats().summary().contains("lwaToken calls=2"), sandbox.stats().summary());
    }

    private static String refreshForm(String refreshToken, String clientId, String clientSecret) {
        return form("grant_type", "refresh_token", "refresh_token", refreshToken,
                "client_id", clientId, "client_secret", clientSecret);
    }
}
