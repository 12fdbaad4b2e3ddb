package io.sellerbridge.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.amazon.MalformedResponseException;
import io.sellerbridge.amazon.SellerRegistry;
import io.sellerbridge.spapi.SpApiErrors;
import io.sellerbridge.spapi.SpApiRequest;
import io.sellerbridge.spapi.SpApiSeller;
import org.apache.camel.Exchange;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Amazon's side of ORDER_CHANGE notifications, kept in place by the bundle (Notifications API v1,
 * routes/spapi-notifications.camel.yaml): the application's destination for the queue's ARN (found among the
 * existing ones, else created: grantless calls) and one ORDER_CHANGE subscription per seller to it (found, else
 * created). Nothing is ever created twice: an existing destination or subscription is reused, and a 409 from a
 * create (someone else was quicker) is answered by reading again. A seller that cannot be subscribed keeps being
 * polled on {@code spapi.orders.schedule}, and readiness says why.
 */
public class NotificationSubscriptions {

    /** Exchange property: the destination id of the seller's application, or null until it is known. */
    public static final String DESTINATION_ID = "notificationsDestinationId";
    static final String NOTIFICATION_TYPE = "ORDER_CHANGE";
    static final String PAYLOAD_VERSION = "1.0";
    static final String DESTINATIONS_PATH = "/notifications/v1/destinations";
    static final String SUBSCRIPTION_PATH = "/notifications/v1/subscriptions/" + NOTIFICATION_TYPE;

    private static final Logger LOG = LoggerFactory.getLogger(NotificationSubscriptions.class);

    private final SellerRegistry<SpApiSeller> sellers;
    private final String queueArn;
    private final String destinationName;
    private final List<String> orderChangeTypes;
    /**
     * Destination id per application (client id) and selling region: destinations belong to the application, not to
     * a seller, and each region's endpoint keeps its own.
     */
    private final Map<String, String> destinations = new ConcurrentHashMap<>();
    private final Map<String, String> subscribed = new ConcurrentHashMap<>();
    private final Map<String, String> notSubscribed = new ConcurrentHashMap<>();

    private final Clock clock;
    private final Duration recheck;
    private final Map<String, Instant> checked = new ConcurrentHashMap<>();
    private final java.util.function.Supplier<String> actualQueueArn;
    private volatile boolean queueVerified;
    private volatile String queueMismatch;

    /** @param actualQueueArn asks SQS for the ARN of the queue the bundle reads (GetQueueAttributes QueueArn) */
    public NotificationSubscriptions(SellerRegistry<SpApiSeller> sellers, String queueArn, String destinationName,
                                     List<String> orderChangeTypes, Clock clock, Duration recheck,
                                     java.util.function.Supplier<String> actualQueueArn) {
        this.actualQueueArn = actualQueueArn;
        this.sellers = sellers;
        this.queueArn = queueArn;
        this.destinationName = destinationName;
        this.orderChangeTypes = List.copyOf(orderChangeTypes);
        this.clock = clock;
        this.recheck = recheck;
    }

    /** Subscriptions made outside the bundle ({@code spapi.notifications.manage-subscriptions = false}). */
    public static NotificationSubscriptions notKept(SellerRegistry<SpApiSeller> sellers) {
        return new NotificationSubscriptions(sellers, "", "", List.of(), Clock.systemUTC(), Duration.ZERO, () -> "");
    }

    /**
     * The sellers to check now: every active one not checked within {@code recheck} (a subscription deleted outside the
     * bundle comes back, a failed one is tried again), so a seller added while the bundle runs is checked on the next
     * run; none when the subscriptions are made outside the bundle.
     */
    public List<SpApiSeller> sellers() {
        if (queueArn.isEmpty() || !queueIsTheDestination()) {
            return List.of();
        }
        Instant now = clock.instant();
        return sellers.active().stream().filter(s -> {
            Instant last = checked.get(s.alias());
            return last == null || !last.plus(recheck).isAfter(now);
        }).toList();
    }

    /** The seller changed or went: nothing known of it holds any more. */
    public void forget(String alias) {
        checked.remove(alias);
        subscribed.remove(alias);
        notSubscribed.remove(alias);
    }

    /** Body: the seller. Starts its check; {@link #DESTINATION_ID} is set when its application's is known. */
    public void check(Exchange exchange) {
        SpApiSeller seller = exchange.getMessage().getBody(SpApiSeller.class);
        seller.useIn(exchange);
        exchange.setProperty(DESTINATION_ID, destinations.get(application(seller)));
    }

    public void getDestinationsRequest(Exchange exchange) {
        SpApiRequest.get(exchange, "getDestinations", DESTINATIONS_PATH, null);
    }

    /** getDestinations' answer: the destination whose SQS ARN is the queue's, if there is one. */
    public void destinations(Exchange exchange) {
        JsonNode list = payload(exchange, "getDestinations");
        if (!list.isArray()) {
            throw new MalformedResponseException("getDestinations answered without a list of destinations",
                    exchange.getMessage().getBody(JsonNode.class).toString(), null);
        }
        for (JsonNode destination : list) {
            if (queueArn.equals(destination.path("resource").path("sqs").path("arn").asText())) {
                known(exchange, destination.path("destinationId").asText());
                return;
            }
        }
    }

    public void createDestinationRequest(Exchange exchange) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("name", destinationName);
        body.putObject("resourceSpecification").putObject("sqs").put("arn", queueArn);
        SpApiRequest.post(exchange, "createDestination", DESTINATIONS_PATH, body.toString());
    }

    public void destinationCreated(Exchange exchange) {
        String id = payload(exchange, "createDestination").path("destinationId").asText("");
        known(exchange, id);
        LOG.info("Created the notifications destination {} for SQS queue {}", id, queueArn);
    }

    public void getSubscriptionRequest(Exchange exchange) {
        SpApiRequest.get(exchange, "getSubscription", SUBSCRIPTION_PATH, "payloadVersion=" + PAYLOAD_VERSION);
    }

    public void createSubscriptionRequest(Exchange exchange) {
        String destination = exchange.getProperty(DESTINATION_ID, String.class);
        if (destination == null) {
            throw new IllegalStateException("Amazon knows no destination for SQS queue " + queueArn
                    + " after creating one was refused as a conflict");
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode()
                .put("payloadVersion", PAYLOAD_VERSION)
                .put("destinationId", destination);
        ObjectNode filter = body.putObject("processingDirective").putObject("eventFilter")
                .put("eventFilterType", NOTIFICATION_TYPE);
        orderChangeTypes.forEach(filter.putArray("orderChangeTypes")::add);
        SpApiRequest.post(exchange, "createSubscription", SUBSCRIPTION_PATH, body.toString());
    }

    /**
     * getSubscription's or createSubscription's answer. A subscription to another destination (made outside the
     * bundle, for another queue) is not replaced: Amazon keeps one per seller and type, and deleting it is a
     * person's decision.
     */
    public void subscription(Exchange exchange) {
        SpApiSeller seller = SpApiSeller.of(exchange);
        checked.put(seller.alias(), clock.instant());
        JsonNode subscription = payload(exchange, AmazonCall.operation(exchange));
        String destination = subscription.path("destinationId").asText("");
        List<String> filtered = filteredTypes(subscription);
        if (!filtered.isEmpty() && !new java.util.HashSet<>(filtered).equals(new java.util.HashSet<>(orderChangeTypes))) {
            unsubscribed(seller, "its ORDER_CHANGE subscription notifies " + filtered + ", not "
                    + orderChangeTypes + " (spapi.notifications.order-change-types); delete it (deleteSubscriptionById)"
                    + " and the bundle makes it again");
        } else if (destination.equals(exchange.getProperty(DESTINATION_ID, String.class))) {
            if (subscribed.put(seller.alias(), subscription.path("subscriptionId").asText("")) == null) {
                LOG.info("ORDER_CHANGE notifications of {} come to SQS queue {} (subscription {}); getOrders polls it"
                        + " only as the backstop", seller, queueArn, subscription.path("subscriptionId").asText(""));
            }
            notSubscribed.remove(seller.alias());
        } else {
            unsubscribed(seller, "its ORDER_CHANGE subscription delivers to destination " + destination
                    + ", not to this queue's; delete that subscription (deleteSubscriptionById) or point the bundle at"
                    + " its queue");
        }
    }

    /** The seller could not be subscribed (the exception caught says why): it is polled on the normal schedule. */
    public void failed(Exchange exchange) {
        SpApiSeller seller = SpApiSeller.of(exchange);
        checked.put(seller.alias(), clock.instant());
        Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if ("createSubscription".equals(AmazonCall.operation(exchange))) {
            // perhaps the destination was deleted outside the bundle: look it up again next time
            destinations.remove(application(seller));
        }
        unsubscribed(seller, "subscribing to ORDER_CHANGE failed: " + reason(e));
    }

    /** The orderChangeTypes of a subscription's event filter; empty when it has none (every change). */
    private static List<String> filteredTypes(JsonNode subscription) {
        List<String> types = new java.util.ArrayList<>();
        subscription.path("processingDirective").path("eventFilter").path("orderChangeTypes")
                .forEach(t -> types.add(t.asText()));
        return types;
    }

    /**
     * Whether the queue the bundle reads is the one the destination names: a wrong {@code queue-arn} would subscribe
     * the sellers to a queue nobody reads. Asked of SQS until it answers; an answer that differs stops subscribing and
     * makes every seller polled on the normal schedule, with readiness naming both keys.
     */
    private boolean queueIsTheDestination() {
        if (queueMismatch == null && !queueVerified) {
            try {
                String actual = actualQueueArn.get();
                queueVerified = true;
                if (!queueArn.equals(actual)) {
                    queueMismatch = "spapi.notifications.sqs.queue-arn is " + queueArn + ", but the queue of"
                            + " spapi.notifications.sqs.queue-url is " + actual + ": no seller is subscribed, every one"
                            + " is polled on spapi.orders.schedule";
                    LOG.error("ORDER_CHANGE notifications off: {}", queueMismatch);
                }
            } catch (RuntimeException e) {
                LOG.warn("The queue's ARN could not be read from SQS ({}); checked again on the next run",
                        e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        return queueMismatch == null;
    }

    /**
     * Whether the seller's changes come as notifications, so getOrders needs to poll it only as the backstop: unless it
     * is known that they do not (it could not be subscribed). Until its first check ends a seller counts as notified:
     * the first tick after a start polls every seller anyway, and a failed check makes it polled at once.
     */
    public boolean notified(SpApiSeller seller) {
        return queueMismatch == null && !notSubscribed.containsKey(seller.alias());
    }

    /** Sellers that cannot be subscribed, and why (for readiness); key "*" when none can. */
    public Map<String, String> problems() {
        Map<String, String> problems = new TreeMap<>(notSubscribed);
        if (queueMismatch != null) {
            problems.put("*", queueMismatch);
        }
        return problems;
    }

    private void unsubscribed(SpApiSeller seller, String reason) {
        subscribed.remove(seller.alias());
        if (!reason.equals(notSubscribed.put(seller.alias(), reason))) {
            LOG.warn("No ORDER_CHANGE notifications for {}: {}. It is polled on spapi.orders.schedule", seller, reason);
        }
    }

    private void known(Exchange exchange, String destinationId) {
        if (destinationId.isEmpty()) {
            throw new MalformedResponseException("a destination without destinationId",
                    exchange.getMessage().getBody(JsonNode.class).toString(), null);
        }
        destinations.put(application(SpApiSeller.of(exchange)), destinationId);
        exchange.setProperty(DESTINATION_ID, destinationId);
    }

    private static String application(SpApiSeller seller) {
        return seller.region() + "\n" + seller.clientId();
    }

    private static JsonNode payload(Exchange exchange, String operation) {
        JsonNode answer = exchange.getMessage().getBody(JsonNode.class);
        if (answer == null || !answer.has("payload")) {
            throw new MalformedResponseException(operation + " answered without a payload",
                    answer == null ? "" : answer.toString(), null);
        }
        return answer.get("payload");
    }

    /** Amazon's error code and message where there is one, shortened; never a token (answers carry none). */
    private static String reason(Exception e) {
        String reason;
        if (e instanceof HttpOperationFailedException http) {
            reason = "HTTP " + http.getStatusCode() + " " + SpApiErrors.describe(http);
        } else {
            reason = e == null ? "unknown" : e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        return reason.length() > 300 ? reason.substring(0, 300) + "…" : reason;
    }
}
