package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.time.Instant;
import java.util.UUID;

/**
 * Amazon's side of ORDER_CHANGE notifications for the sandbox's orders: an order changes (its LastUpdateDate moves
 * to now) and the notification Amazon would publish for it (OrderChangeNotification.json, payload version 1.0) is
 * sent to the SQS queue the seller's subscription names.
 */
public final class OrderChangeNotifier {

    private final SandboxData data;
    private final SqsClient sqs;
    private final String queueUrl;

    public OrderChangeNotifier(AmazonSandbox sandbox, SqsClient sqs, String queueUrl) {
        this.data = sandbox.data();
        this.sqs = sqs;
        this.queueUrl = queueUrl;
    }

    /** The order changes now; returns the notification, which is also sent. */
    public String change(String sellerId, String amazonOrderId) {
        Instant now = Instant.now();
        data.touch(amazonOrderId, now);
        String notification = notification(sellerId, data.order(amazonOrderId), now);
        send(notification);
        return notification;
    }

    /** Sends a message as it is: a repeated notification, or one that is not a notification at all. */
    public void send(String body) {
        sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(body));
    }

    static String notification(String sellerId, JsonNode order, Instant eventTime) {
        ObjectNode n = Json.object();
        n.put("NotificationVersion", "1.0");
        n.put("NotificationType", "ORDER_CHANGE");
        n.put("PayloadVersion", "1.0");
        n.put("EventTime", eventTime.toString());
        ObjectNode change = n.putObject("Payload").putObject("OrderChangeNotification");
        change.put("NotificationLevel", "OrderLevel");
        change.put("SellerId", sellerId);
        change.put("AmazonOrderId", order.get("AmazonOrderId").asText());
        change.put("OrderChangeType", "OrderStatusChange");
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
        metadata.put("ApplicationId", "amzn1.sellerapps.app.sandbox");
        metadata.put("SubscriptionId", "subscription-" + sellerId);
        metadata.put("PublishTime", eventTime.toString());
        metadata.put("NotificationId", UUID.randomUUID().toString());
        return n.toString();
    }
}
