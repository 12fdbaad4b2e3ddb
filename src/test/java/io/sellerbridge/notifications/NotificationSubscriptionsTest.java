package io.sellerbridge.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.amazon.SellerRegistry;
import io.sellerbridge.spapi.SpApiSeller;
import org.apache.camel.Exchange;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import io.sellerbridge.testing.MutableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotificationSubscriptionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ARN = "arn:aws:sqs:us-east-1:123456789012:seller-bridge";
    private static final SpApiSeller SELLER = new SpApiSeller("main", "A2S", List.of("ATVPDKIKX0DER"), "app-1",
            "secret", "Atzr|refresh");
    private static final SpApiSeller SAME_APP = new SpApiSeller("second", "A3S", List.of("ATVPDKIKX0DER"), "app-1",
            "secret", "Atzr|refresh-2");

    private final SellerRegistry<SpApiSeller> sellers = new SellerRegistry<>(List.of(SELLER, SAME_APP));
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T12:00:00Z"));
    private final NotificationSubscriptions subscriptions = new NotificationSubscriptions(sellers, ARN, "seller-bridge",
            List.of("OrderStatusChange", "BuyerRequestedChange"), clock, Duration.ofHours(1), () -> ARN);

    private Exchange checking(SpApiSeller seller) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setBody(seller);
        subscriptions.check(exchange);
        return exchange;
    }

    /** getSubscription's answer: a subscription to that destination, without a filter. */
    private static String subscription(String destinationId) {
        return "{\"payload\":{\"subscriptionId\":\"s-1\",\"payloadVersion\":\"1.0\",\"destinationId\":\""
                + destinationId + "\"}}";
    }

    private static void answer(Exchange exchange, String operation, String json) throws Exception {
        exchange.setProperty(AmazonCall.OPERATION, operation);
        exchange.getMessage().setBody(JSON.readTree(json));
    }

    @Test
    void givenDestinationsOfTheApplication_thenTheOneForTheQueuesArnIsUsedAndKeptForItsOtherSellers() throws Exception {
        Exchange exchange = checking(SELLER);
        assertNull(exchange.getProperty(NotificationSubscriptions.DESTINATION_ID));
        answer(exchange, "getDestinations", "{\"payload\":["
                + "{\"name\":\"other\",\"destinationId\":\"d-other\",\"resource\":{\"sqs\":{\"arn\":\"" + ARN + "-2\"}}},"
                + "{\"name\":\"bridge\",\"destinationId\":\"d-1\",\"resource\":{\"sqs\":{\"arn\":\"" + ARN + "\"}}}]}");

        subscriptions.destinations(exchange);

        assertEquals("d-1", exchange.getProperty(NotificationSubscriptions.DESTINATION_ID));
        assertEquals("d-1", checking(SAME_APP).getProperty(NotificationSubscriptions.DESTINATION_ID));
    }

    @Test
    void givenNoDestinationForTheArn_thenItIsCreatedWithTheArnAndTheName() throws Exception {
        Exchange exchange = checking(SELLER);
        answer(exchange, "getDestinations", "{\"payload\":[]}");
        subscriptions.destinations(exchange);
        assertNull(exchange.getProperty(NotificationSubscriptions.DESTINATION_ID));

        subscriptions.createDestinationRequest(exchange);

        assertEquals("POST", exchange.getMessage().getHeader(Exchange.HTTP_METHOD, String.class));
        assertEquals("/notifications/v1/destinations", exchange.getMessage().getHeader(Exchange.HTTP_PATH));
        assertEquals(JSON.readTree("{\"name\":\"seller-bridge\",\"resourceSpecification\":{\"sqs\":{\"arn\":\"" + ARN
                + "\"}}}"), JSON.readTree(exchange.getMessage().getBody(String.class)));
        answer(exchange, "createDestination", "{\"payload\":{\"name\":\"seller-bridge\",\"destinationId\":\"d-new\","
                + "\"resource\":{\"sqs\":{\"arn\":\"" + ARN + "\"}}}}");
        subscriptions.destinationCreated(exchange);
        assertEquals("d-new", exchange.getProperty(NotificationSubscriptions.DESTINATION_ID));
    }

    @Test
    void givenADestination_whenSubscribing_thenTheRequestCarriesTheFilterOfOrderChangeTypes() throws Exception {
        Exchange exchange = checking(SELLER);
        exchange.setProperty(NotificationSubscriptions.DESTINATION_ID, "d-1");

        subscriptions.createSubscriptionRequest(exchange);

        assertEquals("/notifications/v1/subscriptions/ORDER_CHANGE", exchange.getMessage().getHeader(Exchange.HTTP_PATH));
        JsonNode body = JSON.readTree(exchange.getMessage().getBody(String.class));
        assertEquals(JSON.readTree("{\"payloadVersion\":\"1.0\",\"destinationId\":\"d-1\",\"processingDirective\":"
                + "{\"eventFilter\":{\"eventFilterType\":\"ORDER_CHANGE\",\"orderChangeTypes\":"
                + "[\"OrderStatusChange\",\"BuyerRequestedChange\"]}}}"), body);
    }

    @Test
    void givenASubscriptionToTheQueuesDestination_thenTheSellerIsNotified() throws Exception {
        Exchange exchange = checking(SELLER);
        exchange.setProperty(NotificationSubscriptions.DESTINATION_ID, "d-1");
        answer(exchange, "getSubscription", subscription("d-1"));

        subscriptions.subscription(exchange);

        assertTrue(subscriptions.notified(SELLER));
        assertEquals(Map.of(), subscriptions.problems());
    }

    @Test
    void givenASubscriptionToAnotherDestination_thenItIsNotReplacedAndReadinessSaysSo() throws Exception {
        Exchange exchange = checking(SELLER);
        exchange.setProperty(NotificationSubscriptions.DESTINATION_ID, "d-1");
        answer(exchange, "getSubscription", subscription("d-elsewhere"));

        subscriptions.subscription(exchange);

        assertFalse(subscriptions.notified(SELLER));
        assertTrue(subscriptions.problems().get("main").contains("d-elsewhere"), subscriptions.problems().toString());
    }

    @Test
    void givenAmazonRefusingTheSubscription_thenTheSellerIsPolledAndReadinessHasAmazonsAnswer() throws Exception {
        Exchange exchange = checking(SELLER);
        answer(exchange, "getSubscription", subscription("d-1"));
        exchange.setProperty(NotificationSubscriptions.DESTINATION_ID, "d-1");
        subscriptions.subscription(exchange);
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, new HttpOperationFailedException("http://amazon", 403,
                "Forbidden", null, Map.of(), "{\"errors\":[{\"code\":\"Unauthorized\",\"message\":\"Access to requested"
                + " resource is denied.\"}]}"));

        subscriptions.failed(exchange);

        assertFalse(subscriptions.notified(SELLER));
        String reason = subscriptions.problems().get("main");
        assertTrue(reason.contains("HTTP 403") && reason.contains("Access to requested resource is denied."), reason);
    }

    @Test
    void givenASellerNotCheckedYet_thenItCountsAsNotifiedUntilACheckSaysOtherwise() throws Exception {
        assertTrue(subscriptions.notified(SAME_APP));
        Exchange exchange = checking(SAME_APP);
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, new java.io.IOException("connection reset"));
        subscriptions.failed(exchange);
        assertFalse(subscriptions.notified(SAME_APP));

        exchange.setProperty(NotificationSubscriptions.DESTINATION_ID, "d-1");
        answer(exchange, "createSubscription", "{\"payload\":{\"subscriptionId\":\"s-2\",\"payloadVersion\":\"1.0\","
                + "\"destinationId\":\"d-1\"}}");
        subscriptions.subscription(exchange);
        assertTrue(subscriptions.notified(SAME_APP), "subscribed on a later check");
        assertEquals(Map.of(), subscriptions.problems());
    }

    @Test
    void givenASubscriptionFilteringOtherChanges_thenItDoesNotCountAndReadinessSaysHowToFixIt() throws Exception {
        Exchange exchange = checking(SELLER);
        exchange.setProperty(NotificationSubscriptions.DESTINATION_ID, "d-1");
        answer(exchange, "getSubscription", "{\"payload\":{\"subscriptionId\":\"s-1\",\"payloadVersion\":\"1.0\","
                + "\"destinationId\":\"d-1\",\"processingDirective\":{\"eventFilter\":{\"eventFilterType\":"
                + "\"ORDER_CHANGE\",\"orderChangeTypes\":[\"DeliveryTipChange\"]}}}}");

        subscriptions.subscription(exchange);

        assertFalse(subscriptions.notified(SELLER));
        assertTrue(subscriptions.problems().get("main").contains("[DeliveryTipChange]"), subscriptions.problems().toString());
    }

    @Test
    void givenASellerThatChanged_whenForgotten_thenItIsCheckedAgainAtOnceAndCountsAsNotifiedMeanwhile() throws Exception {
        assertEquals(List.of(SELLER, SAME_APP), subscriptions.sellers());
        Exchange exchange = checking(SELLER);
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, new java.io.IOException("connection reset"));
        subscriptions.failed(exchange);
        assertEquals(List.of(SAME_APP), subscriptions.sellers(), "checked just now");

        subscriptions.forget("main");

        assertTrue(subscriptions.notified(SELLER));
        assertEquals(Map.of(), subscriptions.problems());
        assertEquals(List.of(SELLER, SAME_APP), subscriptions.sellers());
    }

    @Test
    void givenAQueueArnThatIsNotTheQueuesArn_thenNoSellerIsSubscribedAndEveryOneIsPolled() {
        NotificationSubscriptions wrong = new NotificationSubscriptions(sellers, ARN, "seller-bridge",
                List.of("OrderStatusChange"), clock, Duration.ofHours(1), () -> ARN + "-other");

        assertEquals(List.of(), wrong.sellers());
        assertFalse(wrong.notified(SELLER));
        assertTrue(wrong.problems().get("*").contains("spapi.notifications.sqs.queue-arn is " + ARN + ", but"),
                wrong.problems().toString());
    }

    @Test
    void givenSqsNotAnsweringForTheQueuesArn_thenTheSellersAreCheckedAndSqsAskedAgainNextTime() {
        int[] asked = {0};
        NotificationSubscriptions unsure = new NotificationSubscriptions(sellers, ARN, "seller-bridge",
                List.of("OrderStatusChange"), clock, Duration.ofHours(1), () -> {
                    if (asked[0]++ == 0) {
                        throw new IllegalStateException("SQS unreachable");
                    }
                    return ARN;
                });

        assertEquals(List.of(SELLER, SAME_APP), unsure.sellers());
        assertEquals(List.of(SELLER, SAME_APP), unsure.sellers());
        unsure.sellers();
        assertEquals(2, asked[0], "asked until it answered, then no more");
    }

    @Test
    void givenSubscriptionsMadeOutsideTheBundle_thenNoSellerIsChecked() {
        assertEquals(List.of(), NotificationSubscriptions.notKept(sellers).sellers());
        assertEquals(List.of(SELLER, SAME_APP), subscriptions.sellers());
    }

    private void checked(SpApiSeller seller) throws Exception {
        Exchange exchange = checking(seller);
        exchange.setProperty(NotificationSubscriptions.DESTINATION_ID, "d-1");
        answer(exchange, "getSubscription", "{\"payload\":{\"subscriptionId\":\"s-" + seller.alias()
                + "\",\"payloadVersion\":\"1.0\",\"destinationId\":\"d-1\"}}");
        subscriptions.subscription(exchange);
    }

    @Test
    void givenSellersCheckedAlready_thenOnlyANewSellerIsCheckedUntilTheRecheckIsDue() throws Exception {
        assertEquals(List.of(SELLER, SAME_APP), subscriptions.sellers());
        checked(SELLER);
        checked(SAME_APP);
        SpApiSeller added = new SpApiSeller("added", "A4S", List.of("ATVPDKIKX0DER"), "app-1", "secret", "Atzr|r4");
        sellers.put(added);

        clock.advance(Duration.ofMinutes(1));
        assertEquals(List.of(added), subscriptions.sellers());
        checked(added);
        clock.advance(Duration.ofMinutes(1));
        assertEquals(List.of(), subscriptions.sellers());
        clock.advance(Duration.ofMinutes(58));
        assertEquals(List.of(SELLER, SAME_APP), subscriptions.sellers());
    }
}
