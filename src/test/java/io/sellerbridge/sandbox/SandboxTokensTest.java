package io.sellerbridge.sandbox;

import static io.sellerbridge.sandbox.SandboxHttp.form;
import static io.sellerbridge.sandbox.SandboxHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxTokensTest {
    private static final SandboxSeller ONE = SandboxSeller.DEFAULT;
    private static final String BULK = "{\"restrictedResources\":[{\"method\":\"GET\",\"path\":\"/orders/v0/orders\","
            + "\"dataElements\":[%s]}]}";
    private static final Set<String> OPEN_ADDRESS = Set.of("City", "StateOrRegion", "PostalCode", "CountryCode");

    private AmazonSandbox sandbox;
    private SandboxHttp http;
    private String lwa;

    @BeforeEach
    void start() {
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().orderCount(40).rate("getOrders", 100, 500));
        http = new SandboxHttp(sandbox);
        lwa = http.token(ONE);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void givenAnLwaToken_whenOrdersAreRead_thenNoBuyerInfoAndOnlyTheOpenPartOfTheAddress() {
        List<JsonNode> orders = orders(lwa);

        assertFalse(orders.isEmpty());
        for (JsonNode o : orders) {
            assertFalse(o.has("BuyerInfo"), o.toString());
            o.path("ShippingAddress").fieldNames().forEachRemaining(f -> assertTrue(OPEN_ADDRESS.contains(f), f));
        }
    }

    @Test
    void givenAnRdtForBuyerInfoAndShippingAddress_whenOrdersAreRead_thenTheRestrictedFieldsAreServed() {
        HttpResponse<String> created = createRdt(String.format(BULK, "\"buyerInfo\",\"shippingAddress\""));

        assertEquals(200, created.statusCode(), created.body());
        String rdt = json(created).get("restrictedDataToken").asText();
        assertTrue(rdt.startsWith("Atz.sprdt|"), rdt);
        assertEquals(3600, json(created).get("expiresIn").asInt());
        List<JsonNode> addressed = orders(rdt).stream().filter(o -> o.has("ShippingAddress")).toList();
        assertFalse(addressed.isEmpty());
        for (JsonNode o : addressed) {
            assertTrue(o.path("BuyerInfo").has("BuyerName"), o.toString());
            assertTrue(o.path("ShippingAddress").has("AddressLine1"), o.toString());
            assertTrue(o.path("ShippingAddress").has("Name"), o.toString());
        }
    }

    @Test
    void givenAnRdtForShippingAddressOnly_whenOrdersAreRead_thenTheAddressIsWholeAndBuyerInfoAbsent() {
        String rdt = json(createRdt(String.format(BULK, "\"shippingAddress\""))).get("restrictedDataToken").asText();

        List<JsonNode> orders = orders(rdt);

        assertTrue(orders.stream().anyMatch(o -> o.path("ShippingAddress").has("AddressLine1")));
        assertTrue(orders.stream().noneMatch(o -> o.has("BuyerInfo")));
    }

    @Test
    void givenAnRdtForGetOrders_whenUsedForAnotherResource_thenItIsRefused() {
        String rdt = json(createRdt(String.format(BULK, "\"buyerInfo\""))).get("restrictedDataToken").asText();
        String orderId = orders(lwa).get(0).get("AmazonOrderId").asText();

        assertEquals(403, http.get("/orders/v0/orders/" + orderId, rdt).statusCode());
        assertEquals(403, http.get("/catalog/2022-04-01/items/B000000001?marketplaceIds=ATVPDKIKX0DER", rdt).statusCode());
    }

    @Test
    void givenAGenericPath_whenAnyOrderIsRead_thenTheTokenGrantsIt() {
        String rdt = json(createRdt("{\"restrictedResources\":[{\"method\":\"GET\",\"path\":\"/orders/v0/orders/{orderId}\","
                + "\"dataElements\":[\"buyerInfo\"]}]}")).get("restrictedDataToken").asText();
        JsonNode order = orders(lwa).stream().filter(o -> !"Pending".equals(o.get("OrderStatus").asText())).findFirst()
                .orElseThrow();

        HttpResponse<String> r = http.get("/orders/v0/orders/" + order.get("AmazonOrderId").asText(), rdt);

        assertEquals(200, r.statusCode(), r.body());
        assertTrue(json(r).path("payload").path("BuyerInfo").has("BuyerName"), r.body());
    }

    @Test
    void givenTheApplicationLacksTheRestrictedRoles_whenAnRdtIsAsked_thenAmazonsInvalidInputAndOrdersStillServeWithoutIt() {
        sandbox.restrictedRoles().revoke(ONE.sellerId());

        HttpResponse<String> refused = createRdt(String.format(BULK, "\"buyerInfo\",\"shippingAddress\""));

        assertEquals(400, refused.statusCode(), refused.body());
        JsonNode error = json(refused).get("errors").get(0);
        assertEquals("InvalidInput", error.get("code").asText());
        assertEquals(TokensEndpoint.NO_ACCESS, error.get("message").asText());
        assertFalse(orders(lwa).isEmpty());
        sandbox.restrictedRoles().grant(ONE.sellerId());
        assertEquals(200, createRdt(String.format(BULK, "\"buyerInfo\"")).statusCode());
    }

    @Test
    void givenAnInvalidRequest_whenAnRdtIsAsked_thenInvalidInput() {
        assertEquals(400, createRdt("{\"restrictedResources\":[]}").statusCode());
        assertEquals(400, createRdt(String.format(BULK, "")).statusCode(), "orders paths need dataElements");
        assertEquals(400, createRdt(String.format(BULK, "\"buyerSecrets\"")).statusCode());
        assertEquals(400, createRdt("not json").statusCode());
    }

    @Test
    void givenTheUsagePlan_whenMoreThanTheBurstIsAsked_thenQuotaExceeded() {
        int ok = 0;
        int throttled = 0;
        for (int i = 0; i < 12; i++) {
            int status = createRdt(String.format(BULK, "\"buyerInfo\"")).statusCode();
            ok += status == 200 ? 1 : 0;
            throttled += status == 429 ? 1 : 0;
        }
        assertTrue(ok >= 10 && ok <= 11, "burst 10 at 1/s: " + ok);
        assertEquals(12 - ok, throttled);
    }

    private HttpResponse<String> createRdt(String body) {
        return http.createRestrictedDataToken(lwa, body);
    }

    private List<JsonNode> orders(String accessToken) {
        HttpResponse<String> r = http.get("/orders/v0/orders?" + form("MarketplaceIds", String.join(",", ONE.marketplaceIds()),
                "LastUpdatedAfter", Instant.now().minus(Duration.ofDays(31)).toString()), accessToken);
        assertEquals(200, r.statusCode(), r.body());
        List<JsonNode> orders = new ArrayList<>();
        json(r).get("payload").get("Orders").forEach(orders::add);
        return orders;
    }
}
