package io.sellerbridge.notifications;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

import java.util.Map;

/**
 * Readiness names every seller that could not be subscribed to ORDER_CHANGE ({@code spapi.seller.<alias>.notifications}
 * with Amazon's answer), and a queue whose receives fail, without turning DOWN: the sellers are still polled, on the
 * normal schedule.
 */
public class NotificationsHealthCheck extends AbstractHealthCheck {

    private final NotificationSubscriptions subscriptions;
    private final QueueReceives receives;

    public NotificationsHealthCheck(NotificationSubscriptions subscriptions, QueueReceives receives) {
        super("seller-bridge", "notifications");
        this.subscriptions = subscriptions;
        this.receives = receives;
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
        long failing = receives.failingInARow();
        if (failing > 0) {
            builder.detail("spapi.notifications.sqs.queue-url", "the last " + failing + " receive(s) from the queue failed"
                    + " (the log says why: 'Error while polling'); every seller is polled on spapi.orders.schedule");
            builder.message("ORDER_CHANGE notifications cannot be read: every seller polled on spapi.orders.schedule");
        } else if (!problems.isEmpty()) {
            builder.message("no ORDER_CHANGE notifications for " + problems.keySet() + ": polled on spapi.orders.schedule");
        }
        builder.up();
    }
}
