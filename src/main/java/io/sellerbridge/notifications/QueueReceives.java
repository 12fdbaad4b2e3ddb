package io.sellerbridge.notifications;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * Whether the SQS consumer's receives fail now (an IAM policy, a deleted queue, SQS out of reach): Camel counts the
 * failed receives in a row and starts again from zero after one succeeds. While they fail, no notification arrives,
 * so every seller is polled on the normal schedule and readiness says why.
 */
public class QueueReceives {

    private final CamelContext context;
    private final String routeId;

    public QueueReceives(CamelContext context, String routeId) {
        this.context = context;
        this.routeId = routeId;
    }

    /** Receives failed in a row; 0 while they succeed, or before the route runs. */
    public long failingInARow() {
        Route route = context.getRoute(routeId);
        return route != null && route.getConsumer() instanceof ScheduledPollConsumer consumer
                ? consumer.getErrorCounter() : 0;
    }

    public boolean failing() {
        return failingInARow() > 0;
    }
}
