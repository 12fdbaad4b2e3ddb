package io.sellerbridge.notifications;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * What the bundle reads of an ORDER_CHANGE notification (Notifications API, schema OrderChangeNotification.json,
 * payload version 1.0): whose order changed, which, in which marketplace, and when Amazon published the
 * notification. The rest of the summary is not used: the order is read whole with getOrder, so a late or repeated
 * notification reads its current state.
 */
public record OrderChangeNotification(String notificationId, String sellerId, String amazonOrderId,
                                      String orderChangeType, Instant eventTime, String marketplaceId) {

    /** Without the marketplace (the summary's is optional). */
    public OrderChangeNotification(String notificationId, String sellerId, String amazonOrderId, String orderChangeType,
                                   Instant eventTime) {
        this(notificationId, sellerId, amazonOrderId, orderChangeType, eventTime, null);
    }

    public static final String TYPE = "ORDER_CHANGE";

    /** Reads a notification as SQS delivered it; anything that is not one fails with the reason. */
    public static OrderChangeNotification read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new MalformedNotificationException("not a JSON object");
        }
        String type = body.path("NotificationType").asText("");
        if (!TYPE.equals(type)) {
            throw new MalformedNotificationException("NotificationType is '" + type + "', not " + TYPE);
        }
        JsonNode change = body.path("Payload").path("OrderChangeNotification");
        return new OrderChangeNotification(
                body.path("NotificationMetadata").path("NotificationId").asText(null),
                required(change, "SellerId"),
                required(change, "AmazonOrderId"),
                change.path("OrderChangeType").asText(null),
                time(required(body, "EventTime")),
                change.path("Summary").path("MarketplaceId").asText(null));
    }

    private static String required(JsonNode node, String field) {
        String value = node.path(field).asText("");
        if (value.isBlank()) {
            throw new MalformedNotificationException("no " + field);
        }
        return value;
    }

    private static Instant time(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new MalformedNotificationException("EventTime '" + value + "' is not an ISO-8601 time");
        }
    }
}
