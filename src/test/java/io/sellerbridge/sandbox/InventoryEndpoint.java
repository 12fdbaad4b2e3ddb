package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * FBA Inventory API v1 getInventorySummaries, {@code GET /fba/inventory/v1/summaries}: pages of the seller's
 * summaries in one marketplace, {@code pagination} beside {@code payload}, no pagination on the last page.
 */
final class InventoryEndpoint extends SpApiRestEndpoint {
    static final String PATH = "/fba/inventory/v1/summaries";

    private final SandboxInventory inventory;
    private final InventoryTokens tokens;
    private final int pageSize;
    private final Map<String, List<String>> sellerMarketplaces;

    InventoryEndpoint(SpApiAccess access, RateLimits rateLimits, SandboxInventory inventory, SandboxOptions options,
                      CallStats stats, Faults faults) {
        super(access, rateLimits, stats, faults);
        this.inventory = inventory;
        this.tokens = new InventoryTokens(options.inventoryTokenTtl());
        this.pageSize = options.inventoryPageSize();
        this.sellerMarketplaces = options.sellers().stream()
                .collect(Collectors.toMap(SandboxSeller::sellerId, SandboxSeller::marketplaceIds));
    }

    @Override
    String operation(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        boolean exact = path.equals(PATH) || path.equals(PATH + "/");
        return "GET".equals(exchange.getRequestMethod()) && exact ? Operations.GET_INVENTORY_SUMMARIES : null;
    }

    @Override
    Reply answer(HttpExchange exchange, String operation, String sellerId, QueryParams params) {
        InventoryQuery query = InventoryQuery.parse(params, sellerMarketplaces.get(sellerId), Instant.now());
        String binding = query.binding(sellerId);
        String afterSku = null;
        if (query.nextToken() != null) {
            afterSku = tokens.resume(query.nextToken(), binding);
            if (afterSku == null) {
                throw new InvalidInputException(InventoryQuery.BAD_NEXT_TOKEN);
            }
        }
        SandboxInventory.Page page = inventory.page(sellerId, query.marketplaceId(), afterSku, pageSize, query::matches);

        ObjectNode body = Json.object();
        ObjectNode payload = body.putObject("payload");
        payload.putObject("granularity").put("granularityType", "Marketplace")
                .put("granularityId", query.marketplaceId());
        ArrayNode summaries = payload.putArray("inventorySummaries");
        for (ObjectNode summary : page.summaries()) {
            if (!query.details()) {
                summary.remove("inventoryDetails"); // "This object will not appear if the details parameter ... is false"
            }
            summaries.add(summary);
        }
        if (page.more()) {
            String lastSku = page.summaries().get(page.summaries().size() - 1).get("sellerSku").asText();
            body.putObject("pagination").put("nextToken", tokens.issue(binding, lastSku));
        }
        return Reply.json(200, body);
    }
}
