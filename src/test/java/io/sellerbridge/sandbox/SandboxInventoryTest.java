package io.sellerbridge.sandbox;

import static io.sellerbridge.sandbox.SandboxHttp.form;
import static io.sellerbridge.sandbox.SandboxHttp.header;
import static io.sellerbridge.sandbox.SandboxHttp.json;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SandboxInventoryTest {
    private static final SandboxSeller SELLER = SandboxSeller.DEFAULT;
    private static final String US = "ATVPDKIKX0DER";
    private static final String CA = "A2EUQ1WTGCTBG2";
    private static final String PATH = "/fba/inventory/v1/summaries?";
    /** A generous plan, so tests about paging are not about throttling. */
    private static final SandboxOptions PAGING = SandboxOptions.defaults().orderCount(0)
            .rate("getInventorySummaries", 100, 100);

    private AmazonSandbox sandbox;
    private SandboxHttp http;
    private String token;

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void given_more_skus_than_a_page_when_every_page_is_walked_then_the_summaries_are_the_ground_truth_in_order() {
        start(PAGING.extraInventorySkus(120));

        List<JsonNode> pages = walk(US, "details", "true");

        List<JsonNode> seen = new ArrayList<>();
        pages.forEach(p -> p.get("payload").get("inventorySummaries").forEach(seen::add));
        assertEquals(3, pages.size(), "16 products + 120 extra SKUs by 50");
        assertEquals(sandbox.inventory().summaries(SELLER.sellerId(), US), seen);
        assertEquals(136, seen.size());
        JsonNode first = pages.get(0);
        assertEquals("Marketplace", first.get("payload").get("granularity").get("granularityType").asText());
        assertEquals(US, first.get("payload").get("granularity").get("granularityId").asText());
        String next = first.get("pagination").get("nextToken").asText();
        assertTrue(next.contains("+") && next.contains("/") && next.endsWith("="), next);
        assertFalse(pages.get(2).has("pagination"), "the last page has no pagination");
        JsonNode summary = seen.get(0);
        for (String field : List.of("asin", "fnSku", "sellerSku", "condition", "inventoryDetails", "lastUpdatedTime",
                "productName", "totalQuantity")) {
            assertTrue(summary.has(field), field);
        }
        assertTrue(seen.stream().anyMatch(s -> s.get("lastUpdatedTime").asText().isEmpty()),
                "some SKUs without stock carry Amazon's empty lastUpdatedTime");
    }

    @Test
    void given_details_false_when_listing_then_inventory_details_are_left_out_and_the_rest_is_kept() {
        start(PAGING);

        HttpResponse<String> r = http.get(PATH + query(US, "details", "false"), token);

        assertEquals(200, r.statusCode(), r.body());
        assertEquals("100.0", header(r, "x-amzn-RateLimit-Limit"));
        List<ObjectNode> truth = sandbox.inventory().summaries(SELLER.sellerId(), US);
        truth.forEach(s -> s.remove("inventoryDetails"));
        List<JsonNode> seen = new ArrayList<>();
        json(r).get("payload").get("inventorySummaries").forEach(seen::add);
        assertEquals(truth, seen);
        assertFalse(json(r).has("pagination"));
    }

    @Test
    void given_a_start_date_time_when_listing_then_only_summaries_updated_since_then_come_back_including_updates() {
        start(PAGING);
        List<ObjectNode> truth = sandbox.inventory().summaries(SELLER.sellerId(), CA);
        List<Instant> times = truth.stream().map(s -> s.get("lastUpdatedTime").asText()).filter(t -> !t.isEmpty())
                .map(Instant::parse).sorted(Comparator.naturalOrder()).toList();
        Instant start = times.get(times.size() / 2);
        String movedSku = truth.stream().filter(s -> !s.get("lastUpdatedTime").asText().isEmpty()
                && Instant.parse(s.get("lastUpdatedTime").asText()).isBefore(start)).findFirst().orElseThrow()
                .get("sellerSku").asText();
        Instant moved = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        sandbox.inventory().update(SELLER.sellerId(), CA, movedSku, 7, moved);

        List<JsonNode> seen = new ArrayList<>();
        walk(CA, "startDateTime", start.toString(), "details", "true")
                .forEach(p -> p.get("payload").get("inventorySummaries").forEach(seen::add));

        List<ObjectNode> expected = sandbox.inventory().summaries(SELLER.sellerId(), CA).stream()
                .filter(s -> !s.get("lastUpdatedTime").asText().isEmpty()
                        && !Instant.parse(s.get("lastUpdatedTime").asText()).isBefore(start)).toList();
        assertEquals(expected, seen);
        JsonNode movedSummary = seen.stream().filter(s -> s.get("sellerSku").asText().equals(movedSku))
                .findFirst().orElseThrow();
        assertEquals(moved.toString(), movedSummary.get("lastUpdatedTime").asText());
        assertEquals(7, movedSummary.get("inventoryDetails").get("fulfillableQuantity").asInt());
        assertEquals(SandboxInventory.totalQuantity(movedSummary.get("inventoryDetails")),
                movedSummary.get("totalQuantity").asInt(), "totalQuantity recomputed");
    }

    @Test
    void given_seller_skus_when_listing_then_only_those_skus_come_back_in_page_order() {
        start(PAGING);

        HttpResponse<String> r = http.get(PATH + query(US, "sellerSkus", "SBX-TEA-SET,SBX-CARD-BOOK,SBX-NO-SUCH"),
                token);

        assertEquals(200, r.statusCode(), r.body());
        List<String> skus = new ArrayList<>();
        json(r).get("payload").get("inventorySummaries").forEach(s -> skus.add(s.get("sellerSku").asText()));
        assertEquals(List.of("SBX-CARD-BOOK", "SBX-TEA-SET"), skus);
    }

    @Test
    void given_a_short_token_ttl_when_a_next_token_is_used_late_then_400_says_it_is_invalid_or_expired() {
        Duration ttl = Duration.ofSeconds(1);
        start(PAGING.inventoryPageSize(5).inventoryTokenTtl(ttl));
        Instant beforeIssue = Instant.now();
        String next = json(http.get(PATH + query(US), token)).get("pagination").get("nextToken").asText();
        String page2 = PATH + query(US, "nextToken", next);

        assertEquals(200, http.get(page2, token).statusCode(), "fresh token works");
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> http.get(page2, token).statusCode() == 400);

        assertTrue(Duration.between(beforeIssue, Instant.now()).compareTo(ttl) >= 0, "not expired before its TTL");
        HttpResponse<String> late = http.get(page2, token);
        assertEquals(400, late.statusCode());
        assertEquals("{\"errors\":[{\"code\":\"InvalidInput\",\"message\":\"Next token is invalid or expired\","
                + "\"details\":\"\"}]}", late.body());
        assertEquals("100.0", header(late, "x-amzn-RateLimit-Limit"));
    }

    @Test
    void given_a_next_token_when_used_with_another_query_or_unencoded_then_it_is_rejected() {
        start(PAGING.inventoryPageSize(5));
        String next = json(http.get(PATH + query(US), token)).get("pagination").get("nextToken").asText();

        HttpResponse<String> otherFilter = http.get(PATH + query(US, "nextToken", next,
                "startDateTime", Instant.now().minus(Duration.ofDays(3)).toString()), token);
        HttpResponse<String> unencoded = http.get(PATH + query(US) + "&nextToken=" + next, token);
        HttpResponse<String> sameQuery = http.get(PATH + query(US, "nextToken", next), token);

        assertEquals(400, otherFilter.statusCode());
        assertEquals(InventoryQuery.BAD_NEXT_TOKEN, json(otherFilter).get("errors").get(0).get("message").asText());
        assertEquals(400, unencoded.statusCode(), "'+' decodes to a space");
        assertEquals(200, sameQuery.statusCode(), sameQuery.body());
    }

    @Test
    void given_invalid_parameters_when_listing_then_each_is_400_invalid_input_with_the_rate_header() {
        start(PAGING);
        String tooOld = Instant.now().minus(Duration.ofDays(560)).toString();
        List<String> fiftyOne = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            fiftyOne.add("SKU-" + i);
        }
        Map<String, String> bad = Map.of(
                "no granularityType", form("granularityId", US, "marketplaceIds", US),
                "granularityType Country", form("granularityType", "Country", "granularityId", US, "marketplaceIds", US),
                "no granularityId", form("granularityType", "Marketplace", "marketplaceIds", US),
                "marketplace differs", form("granularityType", "Marketplace", "granularityId", US, "marketplaceIds", CA),
                "two marketplaces", form("granularityType", "Marketplace", "granularityId", US,
                        "marketplaceIds", US + "," + CA),
                "not the seller's", form("granularityType", "Marketplace", "granularityId", "A1PA6795UKMFR9",
                        "marketplaceIds", "A1PA6795UKMFR9"),
                "startDateTime 18+ months ago", query(US, "startDateTime", tooOld),
                "startDateTime garbled", query(US, "startDateTime", "yesterday"),
                "details=1", query(US, "details", "1"),
                "51 sellerSkus", query(US, "sellerSkus", String.join(",", fiftyOne)));

        bad.forEach((why, q) -> {
            HttpResponse<String> r = http.get(PATH + q, token);
            assertEquals(400, r.statusCode(), why + ": " + r.body());
            assertEquals("InvalidInput", json(r).get("errors").get(0).get("code").asText(), why);
            assertEquals("100.0", header(r, "x-amzn-RateLimit-Limit"), why);
        });
        assertEquals("Query parameter [startDateTime] value is not a valid ISO date-time object.",
                json(http.get(PATH + bad.get("startDateTime garbled"), token)).get("errors").get(0).get("message")
                        .asText());
    }

    @Test
    void given_the_default_burst_of_two_when_a_third_call_follows_at_once_then_429() {
        start(SandboxOptions.defaults().orderCount(0).rate("getInventorySummaries", 0.001, 2));

        assertEquals(200, http.get(PATH + query(US), token).statusCode());
        assertEquals(200, http.get(PATH + query(US), token).statusCode());
        HttpResponse<String> third = http.get(PATH + query(US), token);

        assertEquals(429, third.statusCode());
        assertNull(header(third, "x-amzn-RateLimit-Limit"));
        assertEquals(1, sandbox.stats().throttled("getInventorySummaries"));
    }

    @Test
    void given_the_same_seed_when_two_sandboxes_start_then_quantities_are_identical() {
        start(PAGING.seed(11).extraInventorySkus(3));
        try (AmazonSandbox twin = AmazonSandbox.start(PAGING.seed(11).extraInventorySkus(3))) {
            List<ObjectNode> mine = sandbox.inventory().summaries(SELLER.sellerId(), US);
            List<ObjectNode> theirs = twin.inventory().summaries(SELLER.sellerId(), US);
            assertEquals(19, mine.size());
            for (int i = 0; i < mine.size(); i++) {
                mine.get(i).remove("lastUpdatedTime"); // relative to each sandbox's start
                theirs.get(i).remove("lastUpdatedTime");
            }
            assertEquals(mine, theirs);
        }
    }

    private void start(SandboxOptions options) {
        sandbox = AmazonSandbox.start(options);
        http = new SandboxHttp(sandbox);
        token = http.token(SELLER);
    }

    /** The required parameters for one marketplace plus extra name/value pairs, URL-encoded. */
    private static String query(String marketplaceId, String... extra) {
        String[] all = new String[6 + extra.length];
        String[] required = {"granularityType", "Marketplace", "granularityId", marketplaceId,
            "marketplaceIds", marketplaceId};
        System.arraycopy(required, 0, all, 0, required.length);
        System.arraycopy(extra, 0, all, required.length, extra.length);
        return form(all);
    }

    /** Every page of one query, following nextToken (repeating the query, as Amazon asks) until there is none. */
    private List<JsonNode> walk(String marketplaceId, String... filters) {
        List<JsonNode> pages = new ArrayList<>();
        String next = null;
        do {
            String q = next == null ? query(marketplaceId, filters) : query(marketplaceId, filters) + "&"
                    + form("nextToken", next);
            HttpResponse<String> r = http.get(PATH + q, token);
            assertEquals(200, r.statusCode(), r.body());
            JsonNode page = json(r);
            pages.add(page);
            next = page.has("pagination") ? page.get("pagination").get("nextToken").asText() : null;
        } while (next != null && pages.size() < 100);
        return pages;
    }
}
