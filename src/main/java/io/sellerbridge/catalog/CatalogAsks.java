package io.sellerbridge.catalog;

import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.amazon.SellerRegistry;
import io.sellerbridge.kafka.DeadLetterRecord;
import io.sellerbridge.spapi.SpApiSeller;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which catalog items to read: the ASINs of every published order and a configured list, for the SP-API
 * sellers the bundle polls, each at most once per TTL.
 */
public class CatalogAsks {

    public static final String ASK = "catalogAsk";
    public static final String ASIN = "asin";

    private static final Logger LOG = LoggerFactory.getLogger(CatalogAsks.class);

    private final ObjectMapper json = new ObjectMapper();
    private final SellerRegistry<SpApiSeller> sellers;
    private final List<String> configuredAsins;
    private final RecentlyFetched recentlyFetched;

    public CatalogAsks(SellerRegistry<SpApiSeller> sellers, List<String> configuredAsins, RecentlyFetched recentlyFetched) {
        this.sellers = sellers;
        this.configuredAsins = List.copyOf(configuredAsins);
        this.recentlyFetched = recentlyFetched;
    }

    /** The items of a canonical order read from the orders topic: one ask per distinct ASIN. */
    public List<CatalogAsk> fromOrder(String orderJson) {
        JsonNode order;
        try {
            order = json.readTree(orderJson);
        } catch (IOException e) {
            LOG.warn("Skipping a record of the orders topic that is not JSON: {}", e.getMessage());
            return List.of();
        }
        String sellerId = order.path("sellerId").asText("");
        String marketplaceId = order.path("marketplaceId").asText("");
        if (marketplaceId.isEmpty() || sellers.selling(sellerId, marketplaceId).isEmpty()) {
            return List.of(); // an order of a seller this bundle does not poll through SP-API (e.g. MWS only)
        }
        Set<CatalogAsk> asks = new LinkedHashSet<>();
        for (JsonNode item : order.path("items")) {
            String asin = item.path("asin").asText("");
            if (!asin.isEmpty()) {
                asks.add(new CatalogAsk(sellerId, marketplaceId, asin));
            }
        }
        return new ArrayList<>(asks);
    }

    /** The configured ASINs in every marketplace of every active seller. */
    public List<CatalogAsk> configured() {
        List<CatalogAsk> asks = new ArrayList<>();
        for (SpApiSeller seller : sellers.active()) {
            for (String marketplaceId : seller.marketplaceIds()) {
                for (String asin : configuredAsins) {
                    asks.add(new CatalogAsk(seller.sellerId(), marketplaceId, asin));
                }
            }
        }
        return asks;
    }

    /** Puts the ask in the body into the exchange properties the request and the mapper read. */
    public void start(Exchange exchange) {
        CatalogAsk ask = exchange.getMessage().getBody(CatalogAsk.class);
        SpApiSeller seller = sellers.selling(ask.sellerId(), ask.marketplaceId()).orElseThrow(
                () -> new IllegalStateException("no active SP-API seller " + ask.sellerId()));
        exchange.setProperty(ASK, ask);
        seller.useIn(exchange);
        exchange.setProperty(AmazonCall.MARKETPLACE_ID, ask.marketplaceId());
        exchange.setProperty(ASIN, ask.asin());
        // what the dead-letter topic names and keeps should this ask fail
        exchange.setProperty(DeadLetterRecord.SUBJECT, ask.marketplaceId() + ":" + ask.asin());
        exchange.setProperty(DeadLetterRecord.RAW_PAYLOAD, json.createObjectNode().put("sellerId", ask.sellerId())
                .put("marketplaceId", ask.marketplaceId()).put("asin", ask.asin()).toString());
    }

    /** False while the item's last reading (or its "not in this marketplace") is younger than the TTL. */
    public boolean due(Exchange exchange) {
        return recentlyFetched.due(exchange.getProperty(ASK, CatalogAsk.class).key());
    }

    public void fetched(Exchange exchange) {
        recentlyFetched.fetched(exchange.getProperty(ASK, CatalogAsk.class).key());
    }
}
