package io.sellerbridge.sandbox;

import static io.sellerbridge.sandbox.SandboxHttp.enc;
import static io.sellerbridge.sandbox.SandboxHttp.form;
import static io.sellerbridge.sandbox.SandboxHttp.header;
import static io.sellerbridge.sandbox.SandboxHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxGetOrdersTest {
    private static final SandboxSeller ONE = SandboxSeller.DEFAULT;
    private static final String US = "ATVPDKIKX0DER";
    private static final String CA = "A2EUQ1WTGCTBG2";
    private static final String BOTH = US + "," + CA;

    private AmazonSandbox sandbox;
    private SandboxHttp http;
    private String token;

    @BeforeEach
    void start() {
        // a generous getOrders plan so this class tests semantics, not throttling
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().orderCount(120)
                .sellers(List.of(ONE, SandboxSeller.SECOND)).rate("getOrders", 100, 500));
        http = new SandboxHttp(sandbox);
        token = http.token(ONE);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void paging_with_next_token_yields_every_matching_order_exactly_once_in_update_order() {
        String after = Instant.now().minus(Duration.ofDays(31)).toString();
        List<JsonNode> pages = pageAll(form("MarketplaceIds", BOTH, "LastUpdatedAfter", after, "MaxResultsPerPage", "7"));

        List<String> ids = new ArrayList<>();
        List<Instant> dates = new ArrayList<>();
        Set<String> befores = new HashSet<>();
        for (JsonNode page : pages) {
            JsonNode payload = page.get("payload");
            assertTrue(payload.get("Orders").size() <= 7);
            payload.get("Orders").forEach(o -> {
                ids.add(o.get("AmazonOrderId").asText());
                dates.add(Instant.parse(o.get("LastUpdateDate").asText()));
            });
            befores.add(payload.get("LastUpdatedBefore").asText());
            if (payload.has("NextToken")) {
                String next = payload.get("NextToken").asText();
                assertTrue(next.contains("+") && next.contains("/") && next.contains("="), next);
            }
        }
        Set<String> truth = sandbox.data().orders(ONE.sellerId()).stream()
                .map(o -> o.get("AmazonOrderId").asText()).collect(Collectors.toSet());
        assertEquals(120, ids.size());
        assertEquals(truth, new HashSet<>(ids));
        assertEquals(18, pages.size()); // ceil(120 / 7)
        assertEquals(1, befores.size(), "every page echoes the same window end");
        List<Instant> sorted = new ArrayList<>(dates);
        sorted.sort(null);
        assertEquals(sorted, dates);
    }

    @Test
    void window_is_after_exclusive_before_inclusive_and_filters_marketplace() {
        List<ObjectNode> all = sandbox.data().orders(ONE.sellerId());
        ObjectNode pivot = all.get(10);
        String pivotDate = pivot.get("LastUpdateDate").asText();
        Instant from = Instant.parse(pivotDate).minus(Duration.ofDays(3));

        JsonNode payload = json(http.get("/orders/v0/orders?" + form("MarketplaceIds", CA,
                "LastUpdatedAfter", from.toString(), "LastUpdatedBefore", pivotDate), token)).get("payload");

        Set<String> expected = all.stream()
                .filter(o -> o.get("MarketplaceId").asText().equals(CA))
                .filter(o -> {
                    Instant d = Instant.parse(o.get("LastUpdateDate").asText());
                    return d.isAfter(from) && !d.isAfter(Instant.parse(pivotDate));
                })
                .map(o -> o.get("AmazonOrderId").asText()).collect(Collectors.toSet());
        Set<String> got = new HashSet<>();
        payload.get("Orders").forEach(o -> got.add(o.get("AmazonOrderId").asText()));
        assertEquals(expected, got);
        assertEquals(pivotDate, payload.get("LastUpdatedBefore").asText());
        assertFalse(payload.has("NextToken"));
    }

    @Test
    void created_after_filters_on_purchase_date_and_echoes_created_before() {
        Instant from = Instant.now().minus(Duration.ofDays(10));
        JsonNode payload = json(http.get("/orders/v0/orders?" + form("MarketplaceIds", BOTH,
                "CreatedAfter", from.toString()), token)).get("payload");

        assertNotNull(payload.get("CreatedBefore"));
        assertNull(payload.get("LastUpdatedBefore"));
        long expected = sandbox.data().orders(ONE.sellerId()).stream()
                .filter(o -> Instant.parse(o.get("PurchaseDate").asText()).isAfter(from)).count();
        assertEquals(expected, payload.get("Orders").size());
    }

    @Test
    void an_order_updated_while_paging_does_not_shift_pages_and_shows_up_in_the_next_window() {
        Instant before = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);
        String query = form("MarketplaceIds", BOTH, "LastUpdatedAfter", before.minus(Duration.ofDays(31)).toString(),
                "LastUpdatedBefore", before.toString(), "MaxResultsPerPage", "10");
        JsonNode first = json(http.get("/orders/v0/orders?" + query, token)).get("payload");
        String firstId = first.get("Orders").get(0).get("AmazonOrderId").asText();
        Instant updatedAt = Instant.now().minus(Duration.ofMinutes(7)).truncatedTo(ChronoUnit.SECONDS);
        sandbox.data().touch(firstId, updatedAt); // moves the first order out of this window

        List<String> ids = new ArrayList<>();
        first.get("Orders").forEach(o -> ids.add(o.get("AmazonOrderId").asText()));
        String next = first.get("NextToken").asText();
        while (next != null) {
            JsonNode p = json(http.get("/orders/v0/orders?" + form("NextToken", next) + "&" + query, token)).get("payload");
            p.get("Orders").forEach(o -> ids.add(o.get("AmazonOrderId").asText()));
            next = p.has("NextToken") ? p.get("NextToken").asText() : null;
        }
        assertEquals(new HashSet<>(ids).size(), ids.size(), "no duplicates");
        assertTrue(ids.contains(firstId));

        JsonNode nextWindow = json(http.get("/orders/v0/orders?" + form("MarketplaceIds", BOTH,
                "LastUpdatedAfter", before.toString()), token)).get("payload");
        Map<String, String> seen = new java.util.HashMap<>();
        nextWindow.get("Orders").forEach(o -> seen.put(o.get("AmazonOrderId").asText(), o.get("LastUpdateDate").asText()));
        assertEquals(updatedAt.toString(), seen.get(firstId));
    }

    @Test
    void invalid_requests_are_400_invalid_input_with_rate_header() {
        String after = Instant.now().minus(Duration.ofDays(2)).toString();
        String tooRecent = Instant.now().minus(Duration.ofSeconds(60)).toString();
        List<String> bad = List.of(
                form("LastUpdatedAfter", after),                                             // no MarketplaceIds
                form("marketplaceIds", US, "LastUpdatedAfter", after),                      // names are case-sensitive
                form("MarketplaceIds", US),                                                 // no After
                form("MarketplaceIds", US, "CreatedAfter", after, "LastUpdatedAfter", after),
                form("MarketplaceIds", US, "CreatedAfter", after, "LastUpdatedBefore", after),
                form("MarketplaceIds", US, "LastUpdatedAfter", after, "LastUpdatedBefore", tooRecent),
                form("MarketplaceIds", US, "LastUpdatedAfter", Instant.now().toString()),   // after > now - 2 min
                form("MarketplaceIds", US, "LastUpdatedAfter", "yesterday"),
                "MarketplaceIds=" + US + "&LastUpdatedAfter=2026-01-01T00:00:00+09:00",     // '+' not encoded
                form("MarketplaceIds", US, "LastUpdatedAfter", after, "MaxResultsPerPage", "0"),
                form("MarketplaceIds", US, "LastUpdatedAfter", after, "MaxResultsPerPage", "101"),
                form("MarketplaceIds", US, "LastUpdatedAfter", after, "MaxResultsPerPage", "ten"),
                form("MarketplaceIds", US, "LastUpdatedAfter", after, "OrderStatuses", "Lost"),
                form("MarketplaceIds", US, "LastUpdatedAfter", after, "NextToken", "not-a-token"));
        for (String q : bad) {
            HttpResponse<String> r = http.get("/orders/v0/orders?" + q, token);
            assertEquals(400, r.statusCode(), q + " -> " + r.body());
            JsonNode error = json(r).get("errors").get(0);
            assertEquals("InvalidInput", error.get("code").asText(), q);
            assertEquals("", error.get("details").asText());
            assertEquals("100.0", header(r, "x-amzn-RateLimit-Limit"));
        }
        HttpResponse<String> twoMinuteRule = http.get("/orders/v0/orders?" + bad.get(5), token);
        assertEquals("LastUpdatedBefore must be at least 2 minutes before current time",
                json(twoMinuteRule).get("errors").get(0).get("message").asText());
        // the same offset, correctly encoded, is fine
        assertEquals(200, http.get("/orders/v0/orders?MarketplaceIds=" + US + "&LastUpdatedAfter="
                + enc("2026-01-01T00:00:00+09:00"), token).statusCode());
    }

    @Test
    void next_token_is_tied_to_the_seller_and_must_be_url_encoded() {
        String query = form("MarketplaceIds", BOTH, "LastUpdatedAfter", Instant.now().minus(Duration.ofDays(31)).toString(),
                "MaxResultsPerPage", "5");
        String next = json(http.get("/orders/v0/orders?" + query, token)).get("payload").get("NextToken").asText();

        HttpResponse<String> raw = http.get("/orders/v0/orders?NextToken=" + next.replace("/", "%2F")
                + "&MarketplaceIds=" + BOTH, token); // '+' left raw decodes to a space
        HttpResponse<String> foreign = http.get("/orders/v0/orders?" + form("NextToken", next,
                "MarketplaceIds", "A1PA6795UKMFR9"), http.token(SandboxSeller.SECOND));
        HttpResponse<String> ok = http.get("/orders/v0/orders?" + form("NextToken", next), token);

        assertEquals(400, raw.statusCode());
        assertEquals(400, foreign.statusCode());
        assertEquals(200, ok.statusCode());
        assertEquals(5, json(ok).get("payload").get("Orders").size());
    }

    @Test
    void order_status_filter_and_get_order() {
        String after = Instant.now().minus(Duration.ofDays(31)).toString();
        JsonNode payload = json(http.get("/orders/v0/orders?" + form("MarketplaceIds", BOTH, "LastUpdatedAfter", after,
                "OrderStatuses", "Pending,Canceled"), token)).get("payload");
        payload.get("Orders").forEach(o -> assertTrue(Set.of("Pending", "Canceled").contains(o.get("OrderStatus").asText())));

        ObjectNode truth = sandbox.data().orders(ONE.sellerId()).get(3);
        HttpResponse<String> one = http.get("/orders/v0/orders/" + truth.get("AmazonOrderId").asText(), token);
        assertEquals(200, one.statusCode());
        // an LWA token: the order without the buyer's data (RestrictedFields)
        assertEquals(RestrictedFields.view(truth, Set.of()), json(one).get("payload"));
        assertEquals("0.5", header(one, "x-amzn-RateLimit-Limit"));

        HttpResponse<String> missing = http.get("/orders/v0/orders/999-0000000-0000000", token);
        assertEquals(404, missing.statusCode());
        assertEquals("{\"errors\":[{\"code\":\"NotFound\",\"message\":\"Order not found\",\"details\":\"\"}]}", missing.body());
        assertEquals("0.5", header(missing, "x-amzn-RateLimit-Limit"));
    }

    @Test
    void injected_bad_data_is_served_as_is() {
        ObjectNode odd = SandboxHttp.MAPPER.createObjectNode();
        odd.put("AmazonOrderId", "111-0000000-0000001");
        odd.put("LastUpdateDate", Instant.now().minus(Duration.ofMinutes(3)).truncatedTo(ChronoUnit.SECONDS).toString());
        odd.put("OrderStatus", "Teleported");
        odd.put("MarketplaceId", US);
        sandbox.data().put(ONE.sellerId(), odd, List.of());

        JsonNode payload = json(http.get("/orders/v0/orders?" + form("MarketplaceIds", US, "LastUpdatedAfter",
                Instant.now().minus(Duration.ofMinutes(4)).toString()), token)).get("payload");

        assertEquals(1, payload.get("Orders").size());
        assertEquals(odd, payload.get("Orders").get(0));
    }

    private List<JsonNode> pageAll(String query) {
        List<JsonNode> pages = new ArrayList<>();
        JsonNode page = json(http.get("/orders/v0/orders?" + query, token));
        pages.add(page);
        while (page.get("payload").has("NextToken")) {
            HttpResponse<String> r = http.get("/orders/v0/orders?" + form("NextToken",
                    page.get("payload").get("NextToken").asText()) + "&" + query, token);
            assertEquals(200, r.statusCode(), r.body());
            page = json(r);
            pages.add(page);
        }
        return pages;
    }
}
