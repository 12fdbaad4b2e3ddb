package io.sellerbridge.spapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * Login with Amazon: exchanges a seller's refresh token for an access token ({@code POST /auth/o2/token}, form body,
 * {@code grant_type=refresh_token}), or the application's credentials for a grantless one
 * ({@code grant_type=client_credentials} with a scope, for operations no seller authorises, e.g. createDestination).
 */
public class LwaTokenClient {

    /** OAuth errors that no retry can fix (Amazon's LWAExceptionErrorCode list). */
    private static final Set<String> PERMANENT = Set.of("invalid_grant", "invalid_client", "unauthorized_client",
            "invalid_request", "invalid_scope", "access_denied", "unsupported_grant_type");

    private final URI tokenUrl;
    private final HttpClient http;
    private final Clock clock;
    private final Duration timeout;
    private final ObjectMapper json = new ObjectMapper();

    public LwaTokenClient(URI tokenUrl, Clock clock, Duration timeout) {
        this.tokenUrl = tokenUrl;
        this.clock = clock;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public AccessToken fetch(SpApiSeller seller) throws LwaUnavailableException {
        return exchange(seller, "grant_type=refresh_token&refresh_token=" + enc(seller.refreshToken()));
    }

    /** A grantless token of the seller's application (its client id and secret) for {@code scope}. */
    public AccessToken fetchGrantless(SpApiSeller seller, String scope) throws LwaUnavailableException {
        return exchange(seller, "grant_type=client_credentials&scope=" + enc(scope));
    }

    private AccessToken exchange(SpApiSeller seller, String grant) throws LwaUnavailableException {
        String form = grant
                + "&client_id=" + enc(seller.clientId())
                + "&client_secret=" + enc(seller.clientSecret());
        HttpRequest request = HttpRequest.newBuilder(tokenUrl)
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LwaUnavailableException("LWA token endpoint " + tokenUrl + " unreachable for " + seller, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LwaUnavailableException("interrupted while fetching an LWA token for " + seller, e);
        }
        return parse(seller, response.statusCode(), response.body());
    }

    AccessToken parse(SpApiSeller seller, int status, String body) throws LwaUnavailableException {
        JsonNode node = readOrNull(body);
        if (status == 200 && node != null && node.hasNonNull("access_token") && node.hasNonNull("expires_in")) {
            return new AccessToken(node.get("access_token").asText(),
                    clock.instant().plusSeconds(node.get("expires_in").asLong()));
        }
        String error = node == null ? null : node.path("error").asText(null);
        if (error != null && PERMANENT.contains(error)) {
            String description = node.path("error_description").asText("");
            throw new LwaAuthorizationException("LWA refused " + seller + " with " + error + " (" + description
                    + "); check " + culprit(seller, error));
        }
        throw new LwaUnavailableException("LWA answered HTTP " + status + " for " + seller
                + (error == null ? "" : " (" + error + ")"), null);
    }

    private static String culprit(SpApiSeller seller, String error) {
        return switch (error) {
            case "invalid_grant" -> seller.key("lwa.refresh-token");
            case "invalid_client", "unauthorized_client" -> seller.key("lwa.client-id") + " and " + seller.key("lwa.client-secret");
            default -> seller.key("lwa.*");
        };
    }

    private JsonNode readOrNull(String body) {
        try {
            return body == null || body.isBlank() ? null : json.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String enc(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }
}
