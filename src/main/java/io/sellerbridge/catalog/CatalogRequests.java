package io.sellerbridge.catalog;

import io.sellerbridge.spapi.SpApiRequest;
import org.apache.camel.Exchange;

import java.util.List;

/** Builds Catalog Items API 2022-04-01 getCatalogItem requests: one ASIN, one marketplace, the configured data sets. */
public class CatalogRequests {

    private final String includedData;

    public CatalogRequests(List<String> includedData) {
        this.includedData = String.join(",", includedData);
    }

    public void getCatalogItem(Exchange exchange) {
        CatalogAsk ask = exchange.getProperty(CatalogAsks.ASK, CatalogAsk.class);
        SpApiRequest.get(exchange, "getCatalogItem", "/catalog/2022-04-01/items/" + SpApiRequest.enc(ask.asin()),
                "marketplaceIds=" + SpApiRequest.enc(ask.marketplaceId()) + "&includedData=" + SpApiRequest.enc(includedData));
    }
}
