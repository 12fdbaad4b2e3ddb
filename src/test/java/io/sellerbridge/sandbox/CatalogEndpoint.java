package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.util.List;

/**
 * Catalog Items API 2022-04-01 getCatalogItem: {@code GET /catalog/2022-04-01/items/{asin}} answers the
 * {@code Item} itself (no payload wrapper) with the requested data sets for the requested marketplaces.
 * searchCatalogItems is not simulated (404).
 */
final class CatalogEndpoint extends SpApiRestEndpoint {
    static final String BASE_PATH = "/catalog/2022-04-01/items";

    /** Amazon's wording for a request it cannot parse (amzn/selling-partner-api-docs#3446). */
    private static final String UNPARSEABLE = "Request has missing or invalid parameters and cannot be parsed.";

    private final SandboxCatalog catalog;

    CatalogEndpoint(SpApiAccess access, RateLimits rateLimits, SandboxCatalog catalog, CallStats stats, Faults faults) {
        super(access, rateLimits, stats, faults);
        this.catalog = catalog;
    }

    @Override
    String operation(HttpExchange exchange) {
        return "GET".equals(exchange.getRequestMethod()) && asin(exchange) != null ? Operations.GET_CATALOG_ITEM : null;
    }

    @Override
    Reply answer(HttpExchange exchange, String operation, String sellerId, QueryParams query) {
        List<String> marketplaceIds = query.csv("marketplaceIds");
        if (marketplaceIds.isEmpty()) {
            throw new InvalidInputException(UNPARSEABLE);
        }
        for (String marketplaceId : marketplaceIds) {
            try {
                Marketplace.of(marketplaceId);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("Invalid 'marketplaceIds' provided.");
            }
        }
        List<String> includedData = query.has("includedData") ? query.csv("includedData") : List.of("summaries");
        if (includedData.isEmpty() || !SandboxCatalog.DATA_SETS.containsAll(includedData)) {
            throw new InvalidInputException("Invalid 'includedData' requested."); // saleweaver/python-amazon-sp-api#787
        }
        String asin = asin(exchange);
        ObjectNode item = catalog.view(asin, marketplaceIds, includedData);
        return item != null ? Reply.json(200, item) : notFound(asin, marketplaceIds);
    }

    /**
     * The Catalog API's own 404: code NOT_FOUND and no details, unlike the Orders API's NotFound
     * (jlevers/selling-partner-api#451, a 2022-04-01 call).
     */
    private static Reply notFound(String asin, List<String> marketplaceIds) {
        ObjectNode error = Json.object();
        error.put("code", "NOT_FOUND");
        error.put("message", "Requested item, " + asin + ", not found in marketplace(s) "
                + String.join(",", marketplaceIds) + ".");
        ObjectNode body = Json.object();
        body.putArray("errors").add(error);
        return Reply.json(404, body);
    }

    /** The decoded {asin} path segment, or null when the path is not /catalog/2022-04-01/items/{asin}. */
    private static String asin(HttpExchange exchange) {
        String rest = exchange.getRequestURI().getPath().substring(BASE_PATH.length());
        if (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        return rest.length() > 1 && rest.startsWith("/") && rest.indexOf('/', 1) < 0 ? rest.substring(1) : null;
    }
}
