package io.sellerbridge.sandbox;

import static io.sellerbridge.sandbox.SandboxHttp.form;
import static io.sellerbridge.sandbox.SandboxHttp.header;
import static io.sellerbridge.sandbox.SandboxHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SandboxCatalogTest {
    private static final String US = "ATVPDKIKX0DER";
    private static final String CA = "A2EUQ1WTGCTBG2";
    private static final String PATH = "/catalog/2022-04-01/items/";

    private AmazonSandbox sandbox;
    private SandboxHttp http;
    private String token;

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void given_no_included_data_when_getting_an_item_then_only_its_summary_for_the_marketplace_comes_back() {
        start(SandboxOptions.defaults().orderCount(0));
        String asin = listedIn(US);

        HttpResponse<String> r = http.get(PATH + asin + "?" + form("marketplaceIds", US), token);

        assertEquals(200, r.statusCode(), r.body());
        assertEquals("2.0", header(r, "x-amzn-RateLimit-Limit"));
        JsonNode item = json(r);
        assertEquals(List.of("asin", "summaries"), fieldNames(item), "no payload wrapper, default is summaries");
        assertEquals(asin, item.get("asin").asText());
        assertEquals(1, item.get("summaries").size());
        JsonNode summary = item.get("summaries").get(0);
        assertEquals(US, summary.get("marketplaceId").asText());
        assertEquals(product(asin).title(), summary.get("itemName").asText());
        assertEquals("BASE_PRODUCT", summary.get("itemClassification").asText());
        assertTrue(summary.get("browseClassification").has("classificationId"));
        assertTrue(summary.get("packageQuantity").isInt());
        assertTrue(summary.get("releaseDate").asText().matches("\\d{4}-\\d{2}-\\d{2}"));
    }

    @Test
    void given_every_data_set_and_two_marketplaces_when_getting_an_item_then_each_set_covers_exactly_those() {
        start(SandboxOptions.defaults().orderCount(0));
        String asin = listedInBoth(US, CA);

        HttpResponse<String> r = http.get(PATH + asin + "?" + form("marketplaceIds", US + "," + CA,
                "includedData", String.join(",", SandboxCatalog.DATA_SETS), "locale", "en_US"), token);

        assertEquals(200, r.statusCode(), r.body());
        JsonNode item = json(r);
        assertEquals(List.of("asin", "attributes", "classifications", "dimensions", "identifiers", "images",
                "productTypes", "relationships", "salesRanks", "summaries"), fieldNames(item),
                "vendorDetails is for vendors only");
        for (String dataSet : List.of("classifications", "dimensions", "identifiers", "images", "productTypes",
                "relationships", "salesRanks", "summaries")) {
            Set<String> marketplaces = new HashSet<>();
            item.get(dataSet).forEach(e -> marketplaces.add(e.get("marketplaceId").asText()));
            assertEquals(Set.of(US, CA), marketplaces, dataSet);
        }
        item.get("attributes").fields().forEachRemaining(a -> a.getValue().forEach(v ->
                assertTrue(Set.of(US, CA).contains(v.get("marketplace_id").asText()), a.getKey())));
        JsonNode name = item.get("attributes").get("item_name").get(0);
        assertEquals(product(asin).title(), name.get("value").asText());
        assertNotNull(name.get("language_tag"));
        JsonNode identifier = item.get("identifiers").get(0).get("identifiers").get(0);
        assertTrue(identifier.has("identifierType") && identifier.has("identifier"), identifier.toString());
        JsonNode image = item.get("images").get(0).get("images").get(0);
        assertEquals("MAIN", image.get("variant").asText());
        assertTrue(image.get("link").asText().startsWith("https://") && image.get("height").isInt()
                && image.get("width").isInt(), image.toString());
        JsonNode ranks = item.get("salesRanks").get(0);
        assertTrue(ranks.get("classificationRanks").get(0).get("rank").isInt());
        assertTrue(ranks.get("displayGroupRanks").get(0).has("websiteDisplayGroup"));
        assertTrue(item.get("productTypes").get(0).get("productType").asText().matches("[A-Z_]+"));
        assertEquals(sandbox.catalog().item(asin).get("summaries"), item.get("summaries"));
    }

    @Test
    void given_an_unknown_asin_when_getting_it_then_404_not_found_in_the_catalog_apis_shape() {
        start(SandboxOptions.defaults().orderCount(0));

        HttpResponse<String> r = http.get(PATH + "B000000000?" + form("marketplaceIds", US), token);

        assertEquals(404, r.statusCode());
        assertEquals("{\"errors\":[{\"code\":\"NOT_FOUND\",\"message\":\"Requested item, B000000000, not found in "
                + "marketplace(s) ATVPDKIKX0DER.\"}]}", r.body());
        assertEquals("2.0", header(r, "x-amzn-RateLimit-Limit"));
    }

    @Test
    void given_an_item_not_listed_in_a_marketplace_when_asking_there_then_404_and_elsewhere_only_listed_data() {
        start(SandboxOptions.defaults().orderCount(0).sellers(List.of(SandboxSeller.DEFAULT, SandboxSeller.SECOND)));
        String[] unlisted = unlistedSomewhere();
        String asin = unlisted[0];
        String missingIn = unlisted[1];
        String listedIn = SandboxSeller.SECOND.marketplaceIds().stream()
                .filter(m -> sandbox.catalog().listed(asin, m)).findFirst().orElseThrow();

        HttpResponse<String> notThere = http.get(PATH + asin + "?" + form("marketplaceIds", missingIn), token);
        HttpResponse<String> mixed = http.get(PATH + asin + "?" + form("marketplaceIds", missingIn + "," + listedIn,
                "includedData", "summaries,identifiers"), token);

        assertEquals(404, notThere.statusCode());
        assertTrue(notThere.body().contains("Requested item, " + asin + ", not found in marketplace(s) " + missingIn),
                notThere.body());
        assertEquals(200, mixed.statusCode(), mixed.body());
        assertEquals(1, json(mixed).get("summaries").size());
        assertEquals(listedIn, json(mixed).get("identifiers").get(0).get("marketplaceId").asText());
    }

    @Test
    void given_no_marketplace_ids_or_an_unknown_data_set_when_getting_an_item_then_400_invalid_input() {
        start(SandboxOptions.defaults().orderCount(0));
        String asin = listedIn(US);

        HttpResponse<String> noMarketplace = http.get(PATH + asin, token);
        HttpResponse<String> badDataSet = http.get(PATH + asin + "?" + form("marketplaceIds", US,
                "includedData", "summaries,variations"), token);

        assertEquals(400, noMarketplace.statusCode());
        assertEquals("{\"errors\":[{\"code\":\"InvalidInput\",\"message\":\"Request has missing or invalid parameters "
                + "and cannot be parsed.\",\"details\":\"\"}]}", noMarketplace.body());
        assertEquals("2.0", header(noMarketplace, "x-amzn-RateLimit-Limit"));
        assertEquals(400, badDataSet.statusCode());
        assertEquals("Invalid 'includedData' requested.",
                json(badDataSet).get("errors").get(0).get("message").asText());
    }

    @Test
    void given_a_burst_of_two_when_a_third_call_follows_at_once_then_429_without_rate_header() {
        start(SandboxOptions.defaults().orderCount(0).rate("getCatalogItem", 0.001, 2));
        String path = PATH + listedIn(US) + "?" + form("marketplaceIds", US);

        assertEquals(200, http.get(path, token).statusCode());
        assertEquals(200, http.get(path, token).statusCode());
        HttpResponse<String> third = http.get(path, token);

        assertEquals(429, third.statusCode());
        assertEquals("QuotaExceeded", json(third).get("errors").get(0).get("code").asText());
        assertNull(header(third, "x-amzn-RateLimit-Limit"));
        assertEquals(1, sandbox.stats().throttled("getCatalogItem"));
    }

    @Test
    void given_no_access_token_when_getting_an_item_then_403_before_any_lookup() {
        start(SandboxOptions.defaults().orderCount(0));

        HttpResponse<String> r = http.get(PATH + listedIn(US) + "?" + form("marketplaceIds", US), null);

        assertEquals(403, r.statusCode());
        assertEquals("Unauthorized", json(r).get("errors").get(0).get("code").asText());
        assertNull(header(r, "x-amzn-RateLimit-Limit"));
    }

    @Test
    void given_the_same_seed_when_two_sandboxes_start_then_their_catalogs_are_identical() {
        start(SandboxOptions.defaults().orderCount(0).seed(7));
        try (AmazonSandbox twin = AmazonSandbox.start(SandboxOptions.defaults().orderCount(0).seed(7))) {
            for (String asin : sandbox.catalog().asins()) {
                assertEquals(sandbox.catalog().item(asin), twin.catalog().item(asin), asin);
            }
        }
        assertEquals(SeedCatalog.PRODUCTS.stream().map(SeedCatalog.Product::asin).toList(),
                new ArrayList<>(sandbox.catalog().asins()), "one item per product the orders sell");
        assertFalse(sandbox.catalog().listed("B000000000", US));
    }

    private void start(SandboxOptions options) {
        sandbox = AmazonSandbox.start(options);
        http = new SandboxHttp(sandbox);
        token = http.token(SandboxSeller.DEFAULT);
    }

    private String listedIn(String marketplaceId) {
        return sandbox.catalog().asins().stream().filter(a -> sandbox.catalog().listed(a, marketplaceId))
                .findFirst().orElseThrow();
    }

    private String listedInBoth(String one, String two) {
        return sandbox.catalog().asins().stream()
                .filter(a -> sandbox.catalog().listed(a, one) && sandbox.catalog().listed(a, two))
                .findFirst().orElseThrow();
    }

    /** [asin, marketplace] of a product missing from one of the second seller's marketplaces but listed in another. */
    private String[] unlistedSomewhere() {
        List<String> marketplaces = SandboxSeller.SECOND.marketplaceIds();
        for (String asin : sandbox.catalog().asins()) {
            for (String m : marketplaces) {
                if (!sandbox.catalog().listed(asin, m)
                        && marketplaces.stream().anyMatch(other -> sandbox.catalog().listed(asin, other))) {
                    return new String[] {asin, m};
                }
            }
        }
        throw new AssertionError("every product is listed everywhere");
    }

    private static SeedCatalog.Product product(String asin) {
        return SeedCatalog.PRODUCTS.stream().filter(p -> p.asin().equals(asin)).findFirst().orElseThrow();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
