package io.sellerbridge.sandbox;

import static io.sellerbridge.sandbox.SandboxHttp.form;
import static io.sellerbridge.sandbox.SandboxHttp.grantlessForm;
import static io.sellerbridge.sandbox.SandboxHttp.header;
import static io.sellerbridge.sandbox.SandboxHttp.json;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.sellerbridge.testing.ElasticMq;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

class SandboxNotificationsTest {
    private static final SandboxSeller ONE = SandboxSeller.DEFAULT;
    private static final SandboxSeller TWO = SandboxSeller.SECOND;
    private static final String DESTINATIONS = "/notifications/v1/destinations";
    private static final String ORDER_CHANGE = "/notifications/v1/subscriptions/ORDER_CHANGE";
    private static final String ARN = "arn:aws:sqs:us-east-1:444455556666:seller-bridge";

    private static ElasticMq sqs;

    private AmazonSandbox sandbox;
    private SandboxHttp http;

    @BeforeAll
    static void startSqs() {
        sqs = ElasticMq.start();
    }

    @AfterAll
    static void stopSqs() {
        sqs.close();
    }

    @BeforeEach
    void start() {
        // the Notifications API's own plans (1/s, burst 5) are tested apart; here a test may make more calls
        SandboxOptions options = SandboxOptions.defaults().orderCount(20).sellers(List.of(ONE, TWO));
        for (String op : List.of("getDestinations", "createDestination", "getDestination", "getSubscription",
                "createSubscription", "deleteSubscriptionById")) {
            options = options.rate(op, 100, 100);
        }
        start(options);
    }

    private void start(SandboxOptions options) {
        if (sandbox != null) {
            sandbox.close();
        }
        sandbox = AmazonSandbox.start(options);
        http = new SandboxHttp(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void givenTheApplicationsCredentials_whenAGrantlessTokenIsAsked_thenItComesWithItsScopeAndNoRefreshToken() {
        HttpResponse<String> r = http.lwaForm(grantlessForm(ONE.clientId(), ONE.clientSecret(),
                "sellingpartnerapi::notifications"));

        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = json(r);
        assertTrue(body.get("access_token").asText().startsWith("Atc|"), r.body());
        assertEquals("bearer", body.get("token_type").asText());
        assertEquals(3600, body.get("expires_in").asInt());
        assertEquals("sellingpartnerapi::notifications", body.get("scope").asText());
        assertFalse(body.has("refresh_token"), r.body());
        assertEquals(200, http.lwaForm(grantlessForm(ONE.clientId(), ONE.clientSecret(),
                "sellingpartnerapi::client_credential:rotation")).statusCode());
    }

    @Test
    void givenABadGrantlessRequest_whenATokenIsAsked_thenLwasInvalidRequestInvalidScopeOrInvalidClient() {
        HttpResponse<String> noScope = http.lwaForm(grantlessForm(ONE.clientId(), ONE.clientSecret(), null));
        HttpResponse<String> unknownScope = http.lwaForm(grantlessForm(ONE.clientId(), ONE.clientSecret(),
                "sellingpartnerapi::orders"));
        HttpResponse<String> wrongSecret = http.lwaForm(grantlessForm(ONE.clientId(), "wrong",
                "sellingpartnerapi::notifications"));

        assertEquals(400, noScope.statusCode());
        assertEquals("invalid_request", json(noScope).get("error").asText());
        assertEquals(400, unknownScope.statusCode());
        assertEquals("invalid_scope", json(unknownScope).get("error").asText());
        assertEquals(401, wrongSecret.statusCode());
        assertEquals("invalid_client", json(wrongSecret).get("error").asText());
    }

    @Test
    void givenATokenOfTheWrongKind_whenUsed_thenAmazons403Unauthorized() {
        String seller = http.token(ONE);
        String grantless = http.grantlessToken(ONE);
        String rotationOnly = json(http.lwaForm(grantlessForm(ONE.clientId(), ONE.clientSecret(),
                "sellingpartnerapi::client_credential:rotation"))).get("access_token").asText();
        String orders = "/orders/v0/orders?" + form("MarketplaceIds", "ATVPDKIKX0DER",
                "LastUpdatedAfter", Instant.now().minus(Duration.ofDays(31)).toString());

        List<HttpResponse<String>> refused = List.of(
                http.get(DESTINATIONS, seller),
                http.post(DESTINATIONS, seller, destination("q", ARN)),
                http.get(DESTINATIONS, rotationOnly),
                http.get(ORDER_CHANGE, grantless),
                http.post(ORDER_CHANGE, grantless, subscription("any", "")),
                http.get(orders, grantless),
                http.get("/catalog/2022-04-01/items/B000000001?marketplaceIds=ATVPDKIKX0DER", grantless),
                http.createRestrictedDataToken(grantless, "{\"restrictedResources\":[{\"method\":\"GET\","
                        + "\"path\":\"/orders/v0/orders\",\"dataElements\":[\"buyerInfo\"]}]}"));

        for (HttpResponse<String> r : refused) {
            assertEquals(403, r.statusCode(), r.request().uri() + " " + r.body());
            assertEquals("Unauthorized", json(r).get("errors").get(0).get("code").asText());
            assertNull(header(r, "x-amzn-RateLimit-Limit"));
        }
        assertEquals(200, http.get(orders, seller).statusCode(), "the seller's own token still reads orders");
        assertEquals(200, http.get(DESTINATIONS, grantless).statusCode());
        assertTrue(sandbox.notifications().destinations().isEmpty());
    }

    @Test
    void givenAGrantlessToken_whenADestinationIsCreated_thenItIsTheApplicationsOnly() {
        String grantless = http.grantlessToken(ONE);

        HttpResponse<String> created = http.post(DESTINATIONS, grantless, destination("seller-bridge", ARN));

        assertEquals(200, created.statusCode(), created.body());
        JsonNode payload = json(created).get("payload");
        assertEquals("seller-bridge", payload.get("name").asText());
        assertEquals(ARN, payload.get("resource").get("sqs").get("arn").asText());
        String id = payload.get("destinationId").asText();
        assertEquals(id, UUID.fromString(id).toString());
        JsonNode listed = json(http.get(DESTINATIONS, grantless)).get("payload");
        assertEquals(1, listed.size());
        assertEquals(payload, listed.get(0));
        assertEquals(payload, json(http.get(DESTINATIONS + "/" + id, grantless)).get("payload"));
        assertEquals(List.of(new SandboxNotifications.Destination(id, "seller-bridge", ARN, ONE.clientId())),
                sandbox.notifications().destinations());
        assertEquals(1, sandbox.notifications().destinationsCreated());
        // another application sees none of it
        String other = http.grantlessToken(TWO);
        assertEquals(0, json(http.get(DESTINATIONS, other)).get("payload").size());
        HttpResponse<String> foreign = http.get(DESTINATIONS + "/" + id, other);
        assertEquals(404, foreign.statusCode());
        assertEquals("NotFound", json(foreign).get("errors").get(0).get("code").asText());
    }

    @Test
    void givenADestinationForAQueue_whenTheApplicationAddsTheQueueAgain_thenConflictThoughAnotherApplicationMay() {
        String grantless = http.grantlessToken(ONE);
        assertEquals(200, http.post(DESTINATIONS, grantless, destination("first", ARN)).statusCode());

        HttpResponse<String> again = http.post(DESTINATIONS, grantless, destination("second", ARN));

        assertEquals(409, again.statusCode(), again.body());
        assertEquals("Conflict", json(again).get("errors").get(0).get("code").asText());
        assertEquals(200, http.post(DESTINATIONS, http.grantlessToken(TWO), destination("first", ARN)).statusCode());
        assertEquals(2, sandbox.notifications().destinationsCreated());
    }

    @Test
    void givenAnInvalidDestination_whenCreated_thenInvalidInput() {
        String grantless = http.grantlessToken(ONE);
        String eventBridge = "{\"name\":\"eb\",\"resourceSpecification\":{\"eventBridge\":{\"region\":\"us-east-1\","
                + "\"accountId\":\"444455556666\"}}}";

        List<HttpResponse<String>> invalid = List.of(
                http.post(DESTINATIONS, grantless, destination("sns", "arn:aws:sns:us-east-1:444455556666:topic")),
                http.post(DESTINATIONS, grantless, destination("no-queue", "arn:aws:sqs:us-east-1:444455556666")),
                http.post(DESTINATIONS, grantless, "{\"resourceSpecification\":{\"sqs\":{\"arn\":\"" + ARN + "\"}}}"),
                http.post(DESTINATIONS, grantless, destination("n".repeat(257), ARN)),
                http.post(DESTINATIONS, grantless, eventBridge),
                http.post(DESTINATIONS, grantless, "not json"));

        for (HttpResponse<String> r : invalid) {
            assertEquals(400, r.statusCode(), r.body());
            assertEquals("InvalidInput", json(r).get("errors").get(0).get("code").asText());
        }
        assertTrue(sandbox.notifications().destinations().isEmpty());
        assertEquals(200, http.post(DESTINATIONS, grantless, destination("n".repeat(256), ARN)).statusCode());
    }

    @Test
    void givenADestination_whenTheSellerSubscribes_thenGetSubscriptionAnswersItAndASecondOneConflicts() {
        String seller = http.token(ONE);
        String destinationId = createDestination(ONE, ARN);
        HttpResponse<String> before = http.get(ORDER_CHANGE, seller);
        assertEquals(404, before.statusCode(), before.body());
        assertEquals("NotFound", json(before).get("errors").get(0).get("code").asText());

        HttpResponse<String> created = http.post(ORDER_CHANGE, seller,
                subscription(destinationId, "\"OrderStatusChange\",\"BuyerRequestedChange\""));

        assertEquals(200, created.statusCode(), created.body());
        JsonNode payload = json(created).get("payload");
        assertEquals("1.0", payload.get("payloadVersion").asText());
        assertEquals(destinationId, payload.get("destinationId").asText());
        assertEquals("ORDER_CHANGE", payload.at("/processingDirective/eventFilter/eventFilterType").asText());
        assertEquals("[\"OrderStatusChange\",\"BuyerRequestedChange\"]",
                payload.at("/processingDirective/eventFilter/orderChangeTypes").toString());
        HttpResponse<String> read = http.get(ORDER_CHANGE, seller);
        assertEquals(200, read.statusCode());
        assertEquals(payload, json(read).get("payload"));
        assertEquals(200, http.get(ORDER_CHANGE + "?payloadVersion=1.0", seller).statusCode());
        assertEquals(404, http.get(ORDER_CHANGE + "?payloadVersion=2.0", seller).statusCode());
        HttpResponse<String> again = http.post(ORDER_CHANGE, seller, subscription(destinationId, ""));
        assertEquals(409, again.statusCode(), again.body());
        assertEquals("Conflict", json(again).get("errors").get(0).get("code").asText());
        SandboxNotifications.Subscription s = sandbox.notifications().subscription(ONE.sellerId()).orElseThrow();
        assertEquals(new SandboxNotifications.Subscription(payload.get("subscriptionId").asText(), ONE.sellerId(),
                destinationId, "1.0", List.of("OrderStatusChange", "BuyerRequestedChange")), s);
        assertEquals(1, sandbox.notifications().subscriptionsCreated());
        assertEquals(404, http.get(ORDER_CHANGE, http.token(TWO)).statusCode(), "another seller's is its own");
    }

    @Test
    void givenAnInvalidSubscription_whenCreated_thenInvalidInputAndNoSubscription() {
        String seller = http.token(ONE);
        String destinationId = createDestination(ONE, ARN);
        String othersDestination = createDestination(TWO, ARN);

        List<HttpResponse<String>> invalid = List.of(
                http.post(ORDER_CHANGE, seller, subscription(UUID.randomUUID().toString(), "")),
                http.post(ORDER_CHANGE, seller, subscription(othersDestination, "")),
                http.post(ORDER_CHANGE, seller, subscription(destinationId, "\"OrderStatusChange\",\"ItemChange\"")),
                http.post(ORDER_CHANGE, seller, "{\"payloadVersion\":\"1.0\",\"destinationId\":\"" + destinationId
                        + "\",\"processingDirective\":{\"eventFilter\":{\"eventFilterType\":\"ANY_OFFER_CHANGED\"}}}"),
                http.post(ORDER_CHANGE, seller, "{\"destinationId\":\"" + destinationId + "\"}"),
                http.post("/notifications/v1/subscriptions/ANY_OFFER_CHANGED", seller, subscription(destinationId, "")));

        for (HttpResponse<String> r : invalid) {
            assertEquals(400, r.statusCode(), r.body());
            assertEquals("InvalidInput", json(r).get("errors").get(0).get("code").asText());
        }
        assertTrue(sandbox.notifications().subscription(ONE.sellerId()).isEmpty());
        assertEquals(200, http.post(ORDER_CHANGE, seller, subscription(destinationId, "\"DeliveryTipChange\""))
                .statusCode(), "every OrderChangeTypeEnum value of the model");
    }

    @Test
    void givenTheApplicationIsRefusedOrderChangeForASeller_whenSubscriptionsAreUsed_then403UntilAllowed() {
        String seller = http.token(ONE);
        String destinationId = createDestination(ONE, ARN);
        sandbox.notifications().refuseSubscriptions(ONE.sellerId());

        HttpResponse<String> create = http.post(ORDER_CHANGE, seller, subscription(destinationId, ""));
        HttpResponse<String> get = http.get(ORDER_CHANGE, seller);

        for (HttpResponse<String> r : List.of(create, get)) {
            assertEquals(403, r.statusCode(), r.body());
            JsonNode error = json(r).get("errors").get(0);
            assertEquals("Unauthorized", error.get("code").asText());
            assertEquals("Access to requested resource is denied.", error.get("message").asText());
        }
        assertEquals(404, http.get(ORDER_CHANGE, http.token(TWO)).statusCode(), "other sellers are not refused");
        sandbox.notifications().allowSubscriptions(ONE.sellerId());
        assertEquals(200, http.post(ORDER_CHANGE, seller, subscription(destinationId, "")).statusCode());
    }

    @Test
    void givenASubscription_whenTheApplicationDeletesItById_thenItIsGoneAndTheSellerMaySubscribeAgain() {
        String seller = http.token(ONE);
        String destinationId = createDestination(ONE, ARN);
        String id = json(http.post(ORDER_CHANGE, seller, subscription(destinationId, ""))).at("/payload/subscriptionId")
                .asText();

        assertEquals(404, http.delete(ORDER_CHANGE + "/" + id, http.grantlessToken(TWO)).statusCode(),
                "another application's");
        assertEquals(403, http.delete(ORDER_CHANGE + "/" + id, seller).statusCode(), "grantless");
        HttpResponse<String> deleted = http.delete(ORDER_CHANGE + "/" + id, http.grantlessToken(ONE));

        assertEquals(200, deleted.statusCode(), deleted.body());
        assertEquals(404, http.get(ORDER_CHANGE, seller).statusCode());
        assertEquals(404, http.delete(ORDER_CHANGE + "/" + id, http.grantlessToken(ONE)).statusCode());
        assertEquals(200, http.post(ORDER_CHANGE, seller, subscription(destinationId, "")).statusCode());
    }

    @Test
    void givenTheModelsUsagePlan_whenSixCallsComeQuickly_thenTheSixthIsThrottledPerApplicationAndPerSeller() {
        start(SandboxOptions.defaults().orderCount(5).sellers(List.of(ONE, TWO)));
        String grantless = http.grantlessToken(ONE);
        String seller = http.token(ONE);

        List<Integer> destinations = new ArrayList<>();
        List<Integer> subscriptions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            destinations.add(http.get(DESTINATIONS, grantless).statusCode());
            subscriptions.add(http.get(ORDER_CHANGE, seller).statusCode());
        }

        assertEquals(List.of(200, 200, 200, 200, 200, 429), destinations);
        assertEquals(429, http.get(DESTINATIONS, http.grantlessToken(ONE)).statusCode(), "the application's, not the token's");
        assertEquals("1.0", header(http.get(DESTINATIONS, http.grantlessToken(TWO)), "x-amzn-RateLimit-Limit"));
        assertEquals(List.of(404, 404, 404, 404, 404, 429), subscriptions);
        assertEquals(200, http.get(DESTINATIONS, http.grantlessToken(TWO)).statusCode(), "the other application's bucket");
        assertEquals(404, http.get(ORDER_CHANGE, http.token(TWO)).statusCode(), "the other seller's bucket");
        assertEquals(2, sandbox.stats().throttled("getDestinations"));
    }

    @Test
    void givenAFaultScriptedByOperationName_whenTheOperationIsCalled_thenItFailsOnceAndIsCounted() {
        String grantless = http.grantlessToken(ONE);
        sandbox.faults().failNext("createDestination", 1, 503);

        HttpResponse<String> failed = http.post(DESTINATIONS, grantless, destination("q", ARN));
        HttpResponse<String> ok = http.post(DESTINATIONS, grantless, destination("q", ARN));

        assertEquals(503, failed.statusCode());
        assertEquals("ServiceUnavailable", json(failed).get("errors").get(0).get("code").asText());
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals(2, sandbox.stats().calls("createDestination"));
        assertEquals(1, sandbox.stats().status("createDestination", 503));
    }

    @Test
    void givenASubscriptionToAQueue_whenAnOrderChanges_thenItsNotificationReachesTheQueueWithTheSubscriptionsIds() {
        String queue = queue();
        String subscriptionId = subscribeOverHttp(ONE, sqs.queueArn(queue));
        String orderId = orderId(ONE, 0);
        Instant before = Instant.now();

        OrderChangeNotifier.Delivery delivery = new OrderChangeNotifier(sandbox).change(ONE.sellerId(), orderId);

        assertEquals(1, delivery.copies());
        List<String> received = receive(queue, 1);
        assertEquals(List.of(delivery.notification()), received);
        JsonNode n = parse(received.get(0));
        assertEquals(subscriptionId, n.at("/NotificationMetadata/SubscriptionId").asText());
        assertEquals(ONE.clientId(), n.at("/NotificationMetadata/ApplicationId").asText());
        assertEquals(ONE.sellerId(), n.at("/Payload/OrderChangeNotification/SellerId").asText());
        assertEquals(orderId, n.at("/Payload/OrderChangeNotification/AmazonOrderId").asText());
        assertFalse(Instant.parse(sandbox.data().order(orderId).get("LastUpdateDate").asText())
                .isBefore(before.minusSeconds(1)), "the order changed now");
    }

    @Test
    void givenDropShareOne_whenOrdersChange_thenNothingIsSentUntilTheShareIsZeroAgain() {
        String queue = queue();
        subscribeOverHttp(ONE, sqs.queueArn(queue));
        OrderChangeNotifier amazon = new OrderChangeNotifier(sandbox);
        sandbox.notifications().dropShare(1.0);

        OrderChangeNotifier.Delivery dropped = amazon.change(ONE.sellerId(), orderId(ONE, 0));

        assertEquals(0, dropped.copies());
        assertEquals(0, sqs.messages(queue), "a notification sent would be there already");
        sandbox.notifications().dropShare(0);
        OrderChangeNotifier.Delivery sent = amazon.change(ONE.sellerId(), orderId(ONE, 1));
        assertEquals(1, sent.copies());
        assertEquals(List.of(sent.notification()), receive(queue, 1));
    }

    @Test
    void givenDuplicateShareOne_whenAnOrderChanges_thenTheSameNotificationArrivesTwice() {
        String queue = queue();
        subscribeOverHttp(ONE, sqs.queueArn(queue));
        sandbox.notifications().duplicateShare(1.0);

        OrderChangeNotifier.Delivery delivery = new OrderChangeNotifier(sandbox).change(ONE.sellerId(), orderId(ONE, 0));

        assertEquals(2, delivery.copies());
        assertEquals(List.of(delivery.notification(), delivery.notification()), receive(queue, 2));
    }

    @Test
    void givenADelay_whenAnOrderChanges_thenTheNotificationArrivesLater() {
        String queue = queue();
        subscribeOverHttp(ONE, sqs.queueArn(queue));
        sandbox.notifications().delay(Duration.ofMillis(500));

        OrderChangeNotifier.Delivery delivery = new OrderChangeNotifier(sandbox).change(ONE.sellerId(), orderId(ONE, 0));

        assertEquals(1, delivery.copies());
        assertEquals(0, sqs.messages(queue), "not yet");
        await().atMost(Duration.ofSeconds(5)).until(() -> sqs.messages(queue) == 1);
        assertEquals(List.of(delivery.notification()), receive(queue, 1));
    }

    @Test
    void givenTheSameSeed_whenHalfIsDropped_thenTheSameChangesAreDropped() {
        String queue = queue();
        subscribeOverHttp(ONE, sqs.queueArn(queue));
        OrderChangeNotifier amazon = new OrderChangeNotifier(sandbox);
        sandbox.notifications().dropShare(0.5);

        List<List<Integer>> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            sandbox.notifications().seed(7);
            List<Integer> copies = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                copies.add(amazon.change(ONE.sellerId(), orderId(ONE, i)).copies());
            }
            runs.add(copies);
        }

        assertEquals(runs.get(0), runs.get(1));
        assertTrue(runs.get(0).contains(0) && runs.get(0).contains(1), runs.toString());
        assertEquals(2 * runs.get(0).stream().mapToInt(Integer::intValue).sum(), sqs.messages(queue));
    }

    @Test
    void givenASubscriptionForOtherChangeTypes_whenAnOrderStatusChanges_thenNothingIsSent() {
        String queue = queue();
        String destinationId = createDestination(ONE, sqs.queueArn(queue));
        assertEquals(200, http.post(ORDER_CHANGE, http.token(ONE), subscription(destinationId, "\"BuyerRequestedChange\""))
                .statusCode());
        sandbox.notifications().deliverThrough(sqs.client());

        OrderChangeNotifier.Delivery delivery = new OrderChangeNotifier(sandbox).change(ONE.sellerId(), orderId(ONE, 0));

        assertEquals(0, delivery.copies());
        assertEquals(0, sqs.messages(queue));
    }

    @Test
    void givenNoSubscription_whenAnOrderChanges_thenNothingIsSentAndSubscribingOutsideTheBundleDeliversRawMessages() {
        String queue = queue();
        String arn = sqs.queueArn(queue);
        sandbox.notifications().deliverThrough(sqs.client());
        OrderChangeNotifier amazon = new OrderChangeNotifier(sandbox);

        assertEquals(new OrderChangeNotifier.Delivery(null, 0), amazon.change(TWO.sellerId(), orderId(TWO, 0)));
        assertThrows(IllegalStateException.class, () -> amazon.send(TWO.sellerId(), "garbage"));

        SandboxNotifications.Subscription s = sandbox.notifications().subscribeOutside(TWO, arn);
        amazon.send(TWO.sellerId(), "garbage");

        assertEquals(List.of("garbage"), receive(queue, 1));
        assertEquals(s, sandbox.notifications().subscription(TWO.sellerId()).orElseThrow());
        assertEquals(TWO.clientId(), sandbox.notifications().destinations().get(0).clientId());
        assertEquals(0, sandbox.notifications().destinationsCreated());
        assertEquals(0, sandbox.notifications().subscriptionsCreated());
        assertEquals(s.subscriptionId(), json(http.get(ORDER_CHANGE, http.token(TWO))).at("/payload/subscriptionId")
                .asText(), "the API sees what was made outside");
        assertThrows(IllegalStateException.class, () -> sandbox.notifications().subscribeOutside(TWO, arn));
    }

    private static String destination(String name, String arn) {
        return "{\"name\":\"" + name + "\",\"resourceSpecification\":{\"sqs\":{\"arn\":\"" + arn + "\"}}}";
    }

    /** A createSubscription body; {@code changeTypes} the quoted, comma-separated orderChangeTypes, or "" for none. */
    private static String subscription(String destinationId, String changeTypes) {
        String filter = changeTypes.isEmpty() ? "" : ",\"processingDirective\":{\"eventFilter\":{\"eventFilterType\":"
                + "\"ORDER_CHANGE\",\"orderChangeTypes\":[" + changeTypes + "]}}";
        return "{\"payloadVersion\":\"1.0\",\"destinationId\":\"" + destinationId + "\"" + filter + "}";
    }

    private String createDestination(SandboxSeller seller, String arn) {
        HttpResponse<String> r = http.post(DESTINATIONS, http.grantlessToken(seller), destination("sqs", arn));
        assertEquals(200, r.statusCode(), r.body());
        return json(r).at("/payload/destinationId").asText();
    }

    /** The seller's ORDER_CHANGE subscription to the queue, made as an application would; its id. */
    private String subscribeOverHttp(SandboxSeller seller, String arn) {
        HttpResponse<String> r = http.post(ORDER_CHANGE, http.token(seller),
                subscription(createDestination(seller, arn), ""));
        assertEquals(200, r.statusCode(), r.body());
        sandbox.notifications().deliverThrough(sqs.client());
        return json(r).at("/payload/subscriptionId").asText();
    }

    private String orderId(SandboxSeller seller, int index) {
        return sandbox.data().orders(seller.sellerId()).get(index).get("AmazonOrderId").asText();
    }

    private static String queue() {
        return sqs.createQueue("notifications-" + UUID.randomUUID());
    }

    /** Exactly {@code count} message bodies from the queue (deleted as read), waiting up to 5 s for them. */
    private static List<String> receive(String queue, int count) {
        List<String> bodies = new ArrayList<>();
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            for (Message m : sqs.client().receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(10)
                    .waitTimeSeconds(1)).messages()) {
                bodies.add(m.body());
                sqs.client().deleteMessage(b -> b.queueUrl(queue).receiptHandle(m.receiptHandle()));
            }
            return bodies.size() >= count;
        });
        assertEquals(count, bodies.size(), bodies.toString());
        assertEquals(0, sqs.messages(queue), "no more than " + count);
        return bodies;
    }

    private static JsonNode parse(String body) {
        try {
            return SandboxHttp.MAPPER.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(body, e);
        }
    }
}
