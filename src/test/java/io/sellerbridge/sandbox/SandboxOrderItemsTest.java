package io.sellerbridge.sandbox;

import static io.sellerbridge.sandbox.SandboxHttp.form;
import static io.sellerbridge.sandbox.SandboxHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxOrderItemsTest {
    private static final SandboxSeller ONE = SandboxSeller.DEFAULT;

    private AmazonSandbox sandbox;
    private SandboxHttp http;
    private String token;

    @BeforeEach
    void start() {
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().orderCount(60).itemsPageSize(8));
        http = new SandboxHttp(sandbox);
        token = http.token(ONE);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void a_large_order_pages_its_items_with_next_token() {
        String orderId = orderWhere(n -> n > 8);
        List<ObjectNode> truth = sandbox.data().items(orderId);
        assertEquals(20, truth.size()); // ceil(2.5 x page size 8)

        List<JsonNode> items = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String next = null;
        do {
            String path = "/orders/v0/orders/" + orderId + "/orderItems" + (next == null ? "" : "?" + form("NextToken", next));
            HttpResponse<String> r = http.get(path, token);
            assertEquals(200, r.statusCode(), r.body());
            JsonNode payload = json(r).get("payload");
            assertEquals(orderId, payload.get("AmazonOrderId").asText());
            payload.get("OrderItems").forEach(items::add);
            pageSizes.add(payload.get("OrderItems").size());
            next = payload.has("NextToken") ? payload.get("NextToken").asText() : null;
        } while (next != null);

        assertEquals(List.of(8, 8, 4), pageSizes);
        assertEquals(truth, items);
    }

    @Test
    void a_small_order_fits_one_page() {
        String orderId = orderWhere(n -> n <= 3);
        JsonNode payload = json(http.get("/orders/v0/orders/" + orderId + "/orderItems", token)).get("payload");

        assertFalse(payload.has("NextToken"));
        assertEquals(sandbox.data().items(orderId), toList(payload.get("OrderItems")));
    }

    @Test
    void unknown_order_is_404_and_a_token_of_another_order_is_400() {
        String big = orderWhere(n -> n > 8);
        String small = orderWhere(n -> n <= 3);
        String next = json(http.get("/orders/v0/orders/" + big + "/orderItems", token)).get("payload").get("NextToken").asText();

        HttpResponse<String> missing = http.get("/orders/v0/orders/999-0000000-0000000/orderItems", token);
        HttpResponse<String> wrongOrder = http.get("/orders/v0/orders/" + small + "/orderItems?" + form("NextToken", next), token);

        assertEquals(404, missing.statusCode());
        assertEquals("NotFound", json(missing).get("errors").get(0).get("code").asText());
        assertEquals(400, wrongOrder.statusCode());
        assertEquals("InvalidInput", json(wrongOrder).get("errors").get(0).get("code").asText());
        assertEquals(3, sandbox.stats().calls("getOrderItems"));
    }

    private String orderWhere(java.util.function.IntPredicate itemCount) {
        return sandbox.data().orders(ONE.sellerId()).stream()
                .map(o -> o.get("AmazonOrderId").asText())
                .filter(id -> itemCount.test(sandbox.data().items(id).size()))
                .findFirst().orElseThrow();
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
