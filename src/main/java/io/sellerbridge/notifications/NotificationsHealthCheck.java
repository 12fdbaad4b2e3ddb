package io.sellerbridge.notifications;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

import java.util.Map;

/**
 * Readiness names every seller that could not be subscribed to ORDER_CHANGE ({@code spapi.seller.<alias>.notifications}
 * with Amazon's answer), without turning DOWN: such a seller is still polled, on the normal schedule.
 */
public class NotificationsHealthCheck extends AbstractHealthCheck {

    private final NotificationSubscriptions subscriptions;

    public NotificationsHealthCheck(NotificationSubscriptions subscriptions) {
        super("seller-bridge", "notifications");
        this.subscriptions = subscriptions;
    }

    @Override
    public boolean isLiveness() {
        return false; // a restart cannot subscribe a seller Amazon refuses
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        Map<String, String> problems = subscriptions.problems();
        problems.forEach((alias, reason) -> builder.detail("*".equals(alias) ? "spapi.notifications.sqs.queue-arn"
                : "spapi.seller." + alias + ".notifications", reason));
        if (!problems.isEmpty()) {
            builder.message("no ORDER_CHANGE notifications for " + problems.keySet() + ": polled on spapi.orders.schedule");
        }
        builder.up();
    }
}
