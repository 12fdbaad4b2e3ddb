package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Login with Amazon token exchange, POST /auth/o2/token: the refresh_token grant (a seller's token) and the
 * client_credentials grant (a grantless token, for the scopes SP-API documents). Accepts the documented form encoding
 * and the JSON body Amazon's own Java SDK sends.
 */
final class LwaEndpoint extends Endpoint {
    static final String PATH = "/auth/o2/token";
    static final String NOTIFICATIONS_SCOPE = "sellingpartnerapi::notifications";
    /** The scopes of SP-API's grantless operations: the Notifications API's, and client secret rotation's. */
    static final Set<String> GRANTLESS_SCOPES = Set.of(NOTIFICATIONS_SCOPE, "sellingpartnerapi::client_credential:rotation");

    private final List<SandboxSeller> sellers;
    private final AccessTokens accessTokens;
    private final Faults faults;

    LwaEndpoint(List<SandboxSeller> sellers, AccessTokens accessTokens, CallStats stats, Faults faults) {
        super(stats, faults);
        this.sellers = sellers;
        this.accessTokens = accessTokens;
        this.faults = faults;
    }

    @Override
    String operation(HttpExchange exchange) {
        return PATH.equals(exchange.getRequestURI().getPath()) ? Operations.LWA_TOKEN : null;
    }

    @Override
    Reply process(HttpExchange exchange, String operation, boolean takesToken) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            return error(400, "invalid_request", "The request method must be POST");
        }
        Map<String, String> form = body(exchange);
        if (form == null) {
            return error(400, "invalid_request", "The request body could not be parsed");
        }
        String grantType = form.get("grant_type");
        if (grantType == null) {
            return error(400, "invalid_request", "The request is missing a required parameter : grant_type");
        }
        return switch (grantType) {
            case "refresh_token" -> refreshTokenGrant(form);
            case "client_credentials" -> clientCredentialsGrant(form);
            default -> error(400, "unsupported_grant_type",
                    "The authorization grant type is not supported by the authorization server");
        };
    }

    /** A seller's token: the refresh token the seller's authorisation gave this application. */
    private Reply refreshTokenGrant(Map<String, String> form) {
        String refreshToken = form.get("refresh_token");
        if (refreshToken == null) {
            return error(400, "invalid_request", "The request is missing a required parameter : refresh_token");
        }
        String clientId = form.get("client_id");
        if (!clientAuthenticated(form)) {
            return error(401, "invalid_client", "Client authentication failed");
        }
        // the refresh token must exist, be this app's and not be revoked
        SandboxSeller seller = sellers.stream()
                .filter(s -> s.refreshToken().equals(refreshToken) && s.clientId().equals(clientId))
                .findFirst().orElse(null);
        if (seller == null || faults.isRevoked(seller.sellerId())) {
            return error(400, "invalid_grant", "The request has an invalid grant parameter : refresh_token");
        }
        ObjectNode body = Json.object();
        body.put("access_token", accessTokens.issue(seller.sellerId(), seller.clientId()));
        body.put("token_type", "bearer");
        body.put("expires_in", accessTokens.ttl().toSeconds());
        body.put("refresh_token", refreshToken); // LWA echoes the refresh token it was given
        return Reply.json(200, body);
    }

    /**
     * A grantless token (SP-API's "grantless operations"): the application's own, for the scopes it asks, no seller
     * and no refresh token.
     */
    private Reply clientCredentialsGrant(Map<String, String> form) {
        String scope = form.get("scope");
        if (scope == null) {
            return error(400, "invalid_request", "The request is missing a required parameter : scope");
        }
        if (!clientAuthenticated(form)) {
            return error(401, "invalid_client", "Client authentication failed");
        }
        // OAuth 2.0 scopes are space-delimited; every one must be an SP-API grantless scope
        List<String> scopes = List.of(scope.trim().split(" +"));
        if (scope.isBlank() || !GRANTLESS_SCOPES.containsAll(scopes)) {
            return error(400, "invalid_scope", "The requested scope is invalid, unknown, or malformed");
        }
        ObjectNode body = Json.object();
        body.put("access_token", accessTokens.issueGrantless(form.get("client_id"), String.join(" ", scopes)));
        body.put("scope", String.join(" ", scopes));
        body.put("token_type", "bearer");
        body.put("expires_in", accessTokens.ttl().toSeconds());
        return Reply.json(200, body);
    }

    /** The client id and secret are those of an application some seller authorised. */
    private boolean clientAuthenticated(Map<String, String> form) {
        String clientId = form.get("client_id");
        String clientSecret = form.get("client_secret");
        return clientId != null && clientSecret != null && sellers.stream()
                .anyMatch(s -> s.clientId().equals(clientId) && s.clientSecret().equals(clientSecret));
    }

    @Override
    Reply failure(int httpStatus) {
        return httpStatus == 503
                ? error(503, "temporarily_unavailable", "The authorization server is temporarily unavailable")
                : error(httpStatus, "server_error", "The authorization server encountered an unexpected condition");
    }

    @Override
    Reply decorate(String operation, Reply reply) {
        // OAuth2 token responses must not be cached
        return reply.withHeader("Content-Type", "application/json;charset=UTF-8")
                .withHeader("Cache-Control", "no-store")
                .withHeader("Pragma", "no-cache");
    }

    private static Reply error(int status, String error, String description) {
        return new Reply(status, JsonErrors.lwa(error, description), Map.of());
    }

    /** Form or JSON fields as strings; null when the body is unreadable. */
    private static Map<String, String> body(HttpExchange exchange) throws IOException {
        byte[] raw;
        try (InputStream in = exchange.getRequestBody()) {
            raw = in.readAllBytes();
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        Map<String, String> fields = new HashMap<>();
        if (contentType != null && contentType.toLowerCase().contains("json")) {
            try {
                JsonNode json = Json.MAPPER.readTree(raw);
                if (json == null || !json.isObject()) {
                    return null;
                }
                json.properties().forEach(e -> fields.put(e.getKey(), e.getValue().asText()));
            } catch (IOException e) {
                return null;
            }
            return fields;
        }
        try {
            for (String pair : new String(raw, StandardCharsets.UTF_8).split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return fields;
    }
}
