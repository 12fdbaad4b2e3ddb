package io.sellerbridge.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Test helper: a plain java.net.http client speaking to one sandbox like an SP-API client would. */
final class SandboxHttp {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private final AmazonSandbox sandbox;
    private final HttpClient client;

    SandboxHttp(AmazonSandbox sandbox) {
        this.sandbox = sandbox;
        this.client = newClient();
    }

    static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** An access token for the seller, via a real LWA exchange. */
    String token(SandboxSeller seller) {
        HttpResponse<String> r = lwaForm(form("grant_type", "refresh_token", "refresh_token", seller.refreshToken(),
                "client_id", seller.clientId(), "client_secret", seller.clientSecret()));
        assertEquals(200, r.statusCode(), r.body());
        return json(r).get("access_token").asText();
    }

    /** A grantless access token of the seller's application, for the Notifications API (client_credentials). */
    String grantlessToken(SandboxSeller seller) {
        HttpResponse<String> r = lwaForm(grantlessForm(seller.clientId(), seller.clientSecret(),
                LwaEndpoint.NOTIFICATIONS_SCOPE));
        assertEquals(200, r.statusCode(), r.body());
        return json(r).get("access_token").asText();
    }

    /** The client_credentials grant's form; a null scope is left out. */
    static String grantlessForm(String clientId, String clientSecret, String scope) {
        return scope == null
                ? form("grant_type", "client_credentials", "client_id", clientId, "client_secret", clientSecret)
                : form("grant_type", "client_credentials", "scope", scope, "client_id", clientId,
                        "client_secret", clientSecret);
    }

    HttpResponse<String> lwaForm(String body) {
        return send(HttpRequest.newBuilder(URI.create(sandbox.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> lwaJson(String body) {
        return send(HttpRequest.newBuilder(URI.create(sandbox.tokenUrl()))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A Restricted Data Token for getOrders with {@code dataElements} (e.g. "buyerInfo", "shippingAddress"). */
    String restrictedDataToken(String accessToken, String... dataElements) {
        String elements = String.join(",", java.util.Arrays.stream(dataElements).map(e -> '"' + e + '"').toList());
        HttpResponse<String> r = createRestrictedDataToken(accessToken, "{\"restrictedResources\":[{\"method\":\"GET\","
                + "\"path\":\"/orders/v0/orders\",\"dataElements\":[" + elements + "]}]}");
        assertEquals(200, r.statusCode(), r.body());
        return json(r).get("restrictedDataToken").asText();
    }

    /** createRestrictedDataToken with this request body, whatever the answer. */
    HttpResponse<String> createRestrictedDataToken(String accessToken, String body) {
        return send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/tokens/2021-03-01/restrictedDataToken"))
                .header("x-amz-access-token", accessToken).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** GET baseUrl + pathAndQuery; a null token sends no x-amz-access-token header. */
    HttpResponse<String> get(String pathAndQuery, String accessToken) {
        return send(request(pathAndQuery, accessToken));
    }

    /** POST baseUrl + path with a JSON body. */
    HttpResponse<String> post(String path, String accessToken, String jsonBody) {
        return send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .header("x-amz-access-token", accessToken).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(jsonBody)).build());
    }

    HttpResponse<String> delete(String path, String accessToken) {
        return send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .header("x-amz-access-token", accessToken).timeout(Duration.ofSeconds(10)).DELETE().build());
    }

    HttpRequest request(String pathAndQuery, String accessToken) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + pathAndQuery))
                .header("User-Agent", "SellerBridgeTest/1.0 (Language=Java/17)")
                .timeout(Duration.ofSeconds(10)).GET();
        if (accessToken != null) {
            b.header("x-amz-access-token", accessToken);
        }
        return b.build();
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return MAPPER.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + r.body(), e);
        }
    }

    /** Builds a query or form string from name/value pairs, URL-encoding every value. */
    static String form(String... namesAndValues) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(namesAndValues[i]).append('=').append(enc(namesAndValues[i + 1]));
        }
        return sb.toString();
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }
}
