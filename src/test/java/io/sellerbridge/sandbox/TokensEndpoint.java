package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tokens API 2021-03-01: POST /tokens/2021-03-01/restrictedDataToken (createRestrictedDataToken). The request names
 * up to 50 restricted resources (method, path, and for the Orders API's paths the data elements); the answer is an
 * RDT and its lifetime in seconds. An application without the restricted roles for the seller is refused with
 * Amazon's 400 InvalidInput.
 */
final class TokensEndpoint extends SpApiRestEndpoint {
    static final String BASE_PATH = "/tokens/2021-03-01";
    static final String NO_ACCESS = "Application does not have access to one or more requested data elements";
    private static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE");
    private static final String ORDERS_PATH = "/orders/v0/orders";

    private final AccessTokens accessTokens;
    private final RestrictedRoles roles;

    TokensEndpoint(AccessTokens accessTokens, RateLimits rateLimits, RestrictedRoles roles, CallStats stats,
                   Faults faults) {
        super(new SpApiAccess(accessTokens), rateLimits, stats, faults);
        this.accessTokens = accessTokens;
        this.roles = roles;
    }

    @Override
    String operation(HttpExchange exchange) {
        return "POST".equals(exchange.getRequestMethod())
                && (BASE_PATH + "/restrictedDataToken").equals(exchange.getRequestURI().getPath())
                ? Operations.CREATE_RESTRICTED_DATA_TOKEN : null;
    }

    @Override
    Reply answer(HttpExchange exchange, String operation, String sellerId, QueryParams query) {
        List<AccessTokens.Grant> grants = grants(jsonBody(exchange));
        boolean restrictedElements = grants.stream().anyMatch(g -> !g.dataElements().isEmpty());
        if (restrictedElements && !roles.held(sellerId)) {
            return Reply.invalidInput(NO_ACCESS);
        }
        ObjectNode answer = Json.object();
        answer.put("restrictedDataToken", accessTokens.issueRestricted(sellerId, grants, accessTokens.ttl()));
        answer.put("expiresIn", accessTokens.ttl().toSeconds());
        return Reply.json(200, answer);
    }

    /** The request's resources, checked as the model describes them. */
    private static List<AccessTokens.Grant> grants(JsonNode body) {
        JsonNode resources = body.get("restrictedResources");
        if (resources == null || !resources.isArray() || resources.isEmpty() || resources.size() > 50) {
            throw new InvalidInputException("restrictedResources must list 1 to 50 resources");
        }
        List<AccessTokens.Grant> grants = new ArrayList<>();
        for (JsonNode r : resources) {
            String method = r.path("method").asText("");
            String path = r.path("path").asText("");
            if (!METHODS.contains(method) || !path.startsWith("/")) {
                throw new InvalidInputException("Invalid restricted resource: method " + method + ", path " + path);
            }
            Set<String> elements = new LinkedHashSet<>();
            r.path("dataElements").forEach(e -> elements.add(e.asText()));
            if (!RestrictedFields.ALL_ELEMENTS.containsAll(elements)) {
                throw new InvalidInputException("Invalid dataElements " + elements + " for " + path);
            }
            if (path.startsWith(ORDERS_PATH) && elements.isEmpty()) {
                throw new InvalidInputException("dataElements is required for " + path);
            }
            grants.add(new AccessTokens.Grant(method, path, Set.copyOf(elements)));
        }
        return grants;
    }
}
