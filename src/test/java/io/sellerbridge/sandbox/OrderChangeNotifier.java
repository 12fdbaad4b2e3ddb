package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.UUID;

/**
 * Amazon's side of ORDER_CHANGE notifications for the sandbox's orders: an order changes (its LastUpdateDate moves
 * to now) and the notification Amazon would publish for it (OrderChangeNotification.json, payload version 1.0) is
 * delivered to the queue of the seller's ORDER_CHANGE subscription's destination, as {@link SandboxNotifications}'s
 * switches let it (dropped, duplicated, late). A seller without a subscription gets nothing, as from Amazon.
 */
public final class OrderChangeNotifier {
    private static final String CHANGE_TYPE = "OrderStatusChange";

    /**
     * A change's notification and how many copies were sent: 0 when dropped, filtered out by the subscription's
     * orderChangeTypes, or the seller has no subscription (then {@code notification} is null: Amazon makes none),
     * 2 when duplicated.
     */
    public record Delivery(String notification, int copies) {
    }

    private final SandboxData data;
    private final SandboxNotifications notifications;

    public OrderChangeNotifier(AmazonSandbox sandbox) {
        this.data = sandbox.data();
        this.notifications = sandbox.notifications();
    }

    /** The order changes now, and Amazon notifies the seller's subscription of it. */
    public Delivery change(String sellerId, String amazonOrderId) {
        Instant now = Instant.now();
        data.touch(amazonOrderId, now);
        SandboxNotifications.Target target = notifications.target(sellerId).orElse(null);
        if (target == null) {
            return new Delivery(null, 0);
        }
        String notification = notification(sellerId, data.order(amazonOrderId), now,
                target.subscription().subscriptionId(), target.destination().clientId());
        int copies = target.subscription().accepts(CHANGE_TYPE)
                ? notifications.deliver(target.destination(), notification) : 0;
        return new Delivery(notification, copies);
    }

    /**
     * Sends a message as it is, now, to the queue of the seller's subscription: a repeated notification, or one that
     * is not a notification at all.
     *
     * @throws IllegalStateException if the seller has no ORDER_CHANGE subscription
     */
    public void send(String sellerId, String body) {
        SandboxNotifications.Target target = notifications.target(sellerId).orElseThrow(
                () -> new IllegalStateException("seller " + sellerId + " has no ORDER_CHANGE subscription"));
        notifications.sendNow(target.destination(), body);
    }

    /** The sandbox names an application by its LWA client id (it has no separate application id). */
    static String notification(String sellerId, JsonNode order, Instant eventTime, String subscriptionId,
                               String applicationId) {
        ObjectNode n = Json.object();
        n.put("NotificationVersion", "1.0");
        n.put("NotificationType", "ORDER_CHANGE");
        n.put("PayloadVersion", "1.0");
        n.put("EventTime", eventTime.toString());
        ObjectNode change = n.putObject("Payload").putObject("OrderChangeNotification");
        change.put("NotificationLevel", "OrderLevel");
        change.put("SellerId", sellerId);
        change.put("AmazonOrderId", order.get("AmazonOrderId").asText());
        change.put("OrderChangeType", CHANGE_TYPE);
        ObjectNode trigger = change.putObject("OrderChangeTrigger");
        trigger.put("TimeOfOrderChange", order.get("LastUpdateDate").asText());
        trigger.put("ChangeReason", "Order Status Change");
        ObjectNode summary = change.putObject("Summary");
        summary.put("MarketplaceId", order.get("MarketplaceId").asText());
        summary.put("OrderStatus", order.get("OrderStatus").asText());
        summary.put("PurchaseDate", order.get("PurchaseDate").asText());
        summary.put("FulfillmentType", order.get("FulfillmentChannel").asText());
        summary.put("OrderType", order.path("OrderType").asText("StandardOrder"));
        summary.putArray("OrderItems");
        ObjectNode metadata = n.putObject("NotificationMetadata");
        metadata.put("ApplicationId", applicationId);
        metadata.put("SubscriptionId", subscriptionId);
        metadata.put("PublishTime", eventTime.toString());
        metadata.put("NotificationId", UUID.randomUUID().toString());
        return n.toString();
    }
}
