package io.sellerbridge.sandbox;

import static io.sellerbridge.sandbox.SandboxMwsClient.child;
import static io.sellerbridge.sandbox.SandboxMwsClient.errorCode;
import static io.sellerbridge.sandbox.SandboxMwsClient.errorMessage;
import static io.sellerbridge.sandbox.SandboxMwsClient.text;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** MWS leaky buckets (per SellerId, ...ByNextToken sharing its parent's) and scripted faults. */
class SandboxMwsThrottleTest {
    private static final SandboxSeller ONE = SandboxSeller.DEFAULT;
    private static final SandboxSeller TWO = SandboxSeller.SECOND;

    private AmazonSandbox sandbox;
    private SandboxMwsClient mws;

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void the_seventh_list_orders_in_a_burst_is_503_request_throttled() {
        start(SandboxOptions.defaults().orderCount(5).sellers(List.of(ONE, TWO)));

        for (int i = 0; i < 6; i++) {
            assertEquals(200, listOrders(ONE).statusCode(), "call " + i);
        }
        HttpResponse<String> throttled = listOrders(ONE);

        assertEquals(503, throttled.statusCode());
        assertEquals("RequestThrottled", errorCode(throttled));
        assertEquals("Request is throttled", errorMessage(throttled));
        Element error = child(SandboxMwsClient.xml(throttled).getDocumentElement(), "Error");
        assertEquals("Sender", text(error, "Type"));
        assertEquals("RequestThrottled", errorCode(mws.call(ONE, "ListOrdersByNextToken", "NextToken", "x")),
                "ListOrdersByNextToken drinks from the same bucket");
        assertEquals(200, listOrders(TWO).statusCode(), "buckets are per SellerId");
        assertEquals(200, getOrder(ONE).statusCode(), "GetOrder has its own bucket");
        assertEquals(8, sandbox.stats().calls("ListOrders")); // 7 for ONE, 1 for TWO
        assertEquals(1, sandbox.stats().throttled("ListOrders"));
        assertEquals(1, sandbox.stats().throttled("ListOrdersByNextToken"));
        assertEquals(2, sandbox.stats().totalThrottled());
    }

    @Test
    void list_order_items_allows_a_burst_of_30() {
        start(SandboxOptions.defaults().orderCount(5));
        String orderId = sandbox.data().orders(ONE.sellerId()).get(0).get("AmazonOrderId").asText();

        for (int i = 0; i < 30; i++) {
            assertEquals(200, mws.call(ONE, "ListOrderItems", "AmazonOrderId", orderId).statusCode(), "call " + i);
        }

        assertEquals("RequestThrottled", errorCode(mws.call(ONE, "ListOrderItems", "AmazonOrderId", orderId)));
    }

    @Test
    void time_scale_speeds_up_the_restore_rate() {
        // GetOrder restores 1 per minute; x600 makes that 10 per second
        start(SandboxOptions.defaults().orderCount(3).rate("GetOrder", 1.0 / 60, 1).timeScale(600));

        assertEquals(200, getOrder(ONE).statusCode());
        boolean throttled = false;
        for (int i = 0; i < 20 && !throttled; i++) {
            throttled = getOrder(ONE).statusCode() == 503;
        }
        assertTrue(throttled, "a bucket of 1 must throttle back-to-back calls");
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20))
                .until(() -> getOrder(ONE).statusCode() == 200);
    }

    @Test
    void fail_next_answers_internal_error_and_service_unavailable_which_are_not_throttling() {
        start(SandboxOptions.defaults().orderCount(3).rate("GetOrder", 0.0001, 1));
        sandbox.faults().failNext("GetOrder", 1, 500);
        sandbox.faults().failNext("GetOrder", 1, 503);

        HttpResponse<String> internal = getOrder(ONE);
        HttpResponse<String> unavailable = getOrder(ONE);

        assertEquals(500, internal.statusCode());
        assertEquals("InternalError", errorCode(internal));
        assertEquals(503, unavailable.statusCode());
        assertEquals("ServiceUnavailable", errorCode(unavailable));
        assertEquals(200, getOrder(ONE).statusCode(), "faulted calls took no token");
        assertEquals(0, sandbox.stats().throttled("GetOrder"));
        assertEquals(1, sandbox.stats().status("GetOrder", 503));
    }

    @Test
    void throttle_next_is_503_request_throttled_with_a_full_bucket() {
        start(SandboxOptions.defaults().orderCount(3));
        sandbox.faults().throttleNext("GetOrder", 1);

        HttpResponse<String> throttled = getOrder(ONE);

        assertEquals(503, throttled.statusCode());
        assertEquals("RequestThrottled", errorCode(throttled));
        assertEquals(200, getOrder(ONE).statusCode());
        assertEquals(1, sandbox.stats().throttled("GetOrder"));
    }

    @Test
    void malformed_next_cuts_the_xml_and_reset_next_drops_the_connection() {
        start(SandboxOptions.defaults().orderCount(3).rate("GetOrder", 0.0001, 1));
        sandbox.faults().malformedNext("GetOrder", 1);
        sandbox.faults().resetNext("GetOrder", 1);

        HttpResponse<String> garbled = getOrder(ONE);

        assertEquals(200, garbled.statusCode());
        assertTrue(garbled.body().startsWith("<?xml version=\"1.0\"?><GetOrderResponse"), garbled.body());
        assertThrows(AssertionError.class, () -> SandboxMwsClient.xml(garbled));
        assertThrows(UncheckedIOException.class, () -> getOrder(ONE)); // a POST, so the client does not retry
        assertEquals(200, getOrder(ONE).statusCode(), "neither fault took the only token");
        assertEquals(1, sandbox.stats().status("GetOrder", 0));
    }

    private void start(SandboxOptions options) {
        sandbox = AmazonSandbox.start(options);
        mws = new SandboxMwsClient(sandbox);
    }

    private HttpResponse<String> listOrders(SandboxSeller seller) {
        return mws.call(seller, "ListOrders", "MarketplaceId.Id.1", seller.marketplaceIds().get(0),
                "LastUpdatedAfter", Instant.now().minus(Duration.ofDays(1)).toString());
    }

    private HttpResponse<String> getOrder(SandboxSeller seller) {
        return mws.call(seller, "GetOrder", "AmazonOrderId.Id.1",
                sandbox.data().orders(seller.sellerId()).get(0).get("AmazonOrderId").asText());
    }
}
