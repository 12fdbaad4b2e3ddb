package io.sellerbridge.notifications;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderChangeNotificationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The example of Amazon's schema (OrderChangeNotification.json), shortened to what matters. */
    private static final String EXAMPLE = "{\"NotificationVersion\":\"1.0\",\"NotificationType\":\"ORDER_CHANGE\","
            + "\"PayloadVersion\":\"1.0\",\"EventTime\":\"2020-01-11T00:09:53.109Z\",\"Payload\":{\"OrderChangeNotification\":"
            + "{\"NotificationLevel\":\"OrderLevel\",\"SellerId\":\"A3TH9S8BH6GOGM\",\"AmazonOrderId\":\"903-8868176-2219830\","
            + "\"OrderChangeType\":\"BuyerRequestedChange\",\"OrderChangeTrigger\":{\"TimeOfOrderChange\":"
            + "\"2022-11-29T19:42:04.284Z\",\"ChangeReason\":\"Buyer Requested Cancel\"},\"Summary\":{\"MarketplaceId\":"
            + "\"ATVPDKIKX0DER\",\"OrderStatus\":\"Unshipped\"}}},\"NotificationMetadata\":{\"ApplicationId\":\"app-id-1\","
            + "\"SubscriptionId\":\"subscription-id-1\",\"PublishTime\":\"2020-07-13T19:42:04.284Z\","
            + "\"NotificationId\":\"d0e9e693-c3ad-4373-979f-ed4ec98dd746\"}}";

    @Test
    void givenAmazonsExample_whenRead_thenSellerOrderTypeAndEventTime() throws Exception {
        OrderChangeNotification n = OrderChangeNotification.read(JSON.readTree(EXAMPLE));

        assertEquals(new OrderChangeNotification("d0e9e693-c3ad-4373-979f-ed4ec98dd746", "A3TH9S8BH6GOGM",
                "903-8868176-2219830", "BuyerRequestedChange", Instant.parse("2020-01-11T00:09:53.109Z"),
                "ATVPDKIKX0DER"), n);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"NotificationType\":\"ORDER_CHANGE\"|\"NotificationType\":\"ANY_OFFER_CHANGED\"|ANY_OFFER_CHANGED",
        "\"SellerId\":\"A3TH9S8BH6GOGM\",|\"SellerId\":\"\",|no SellerId",
        "\"AmazonOrderId\":\"903-8868176-2219830\",||no AmazonOrderId",
        "\"EventTime\":\"2020-01-11T00:09:53.109Z\"|\"EventTime\":\"yesterday\"|'yesterday' is not an ISO-8601 time"})
    void givenANotificationMissingWhatTheBundleNeeds_whenRead_thenItSaysWhat(String from, String to, String reason)
            throws Exception {
        String broken = EXAMPLE.replace(from, to == null ? "" : to);

        MalformedNotificationException e = assertThrows(MalformedNotificationException.class,
                () -> OrderChangeNotification.read(JSON.readTree(broken)));

        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void givenSomethingThatIsNotAnObject_whenRead_thenMalformed() throws Exception {
        assertThrows(MalformedNotificationException.class, () -> OrderChangeNotification.read(JSON.readTree("[1]")));
    }
}
