package io.sellerbridge.sandbox;

import software.amazon.awssdk.services.sqs.SqsClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Notifications API v1's state and Amazon's side of delivery. Destinations (SQS queues, by ARN) belong to an
 * application, named here by its LWA client id; a subscription to ORDER_CHANGE belongs to an application and a
 * seller, and names one of the application's destinations. Amazon delivers a seller's notifications to the queue of
 * its subscription's destination: here through the {@link SqsClient} given to {@link #deliverThrough}, which finds the
 * queue by the ARN's last segment (its name). Delivery can be made unreliable, deterministically (a seeded
 * {@link Random}): a share of the notifications never sent, a share sent twice, all of them late.
 */
public final class SandboxNotifications {
    private static final Logger LOG = Logger.getLogger(SandboxNotifications.class.getName());

    static final String ORDER_CHANGE = "ORDER_CHANGE";
    /** The only payload version of ORDER_CHANGE. */
    static final String PAYLOAD_VERSION = "1.0";
    /** OrderChangeTypeEnum of notifications.json. */
    static final Set<String> ORDER_CHANGE_TYPES = Set.of("BuyerRequestedChange", "DeliveryTipChange", "OrderStatusChange");

    public record Destination(String destinationId, String name, String arn, String clientId) {
    }

    /** {@code orderChangeTypes} is the subscription's event filter; empty: every change type, as without a filter. */
    public record Subscription(String subscriptionId, String sellerId, String destinationId, String payloadVersion,
                               List<String> orderChangeTypes) {
        public Subscription {
            orderChangeTypes = List.copyOf(orderChangeTypes);
        }

        boolean accepts(String orderChangeType) {
            return orderChangeTypes.isEmpty() || orderChangeTypes.contains(orderChangeType);
        }
    }

    /** Where a seller's ORDER_CHANGE notifications go. */
    record Target(Subscription subscription, Destination destination) {
    }

    private final List<Destination> destinations = new ArrayList<>();
    /** By application and seller: one ORDER_CHANGE subscription each. */
    private final Map<String, Subscription> subscriptions = new LinkedHashMap<>();
    private final Set<String> refusedSellers = new HashSet<>();
    private final Map<String, String> queueUrls = new HashMap<>();
    private int destinationsCreated;
    private int subscriptionsCreated;
    private Random random;
    private double dropShare;
    private double duplicateShare;
    private Duration delay = Duration.ZERO;
    /** Creates that another client of the same application wins just before them (they then answer 409). */
    private int racedCreates;
    private SqsClient sqs;
    private ScheduledExecutorService scheduler;

    SandboxNotifications(long seed) {
        this.random = new Random(seed);
    }

    /** Every application's destinations, in creation order. */
    public synchronized List<Destination> destinations() {
        return List.copyOf(destinations);
    }

    /** The seller's ORDER_CHANGE subscription (for the application the seller authorised). */
    public synchronized Optional<Subscription> subscription(String sellerId) {
        return subscriptions.values().stream().filter(s -> s.sellerId().equals(sellerId)).findFirst();
    }

    /** Destinations created through createDestination (not {@link #subscribeOutside}). */
    public synchronized int destinationsCreated() {
        return destinationsCreated;
    }

    /** Subscriptions created through createSubscription (not {@link #subscribeOutside}). */
    public synchronized int subscriptionsCreated() {
        return subscriptionsCreated;
    }

    /**
     * What someone did outside the bundle (by hand, another tool): a destination for the queue {@code arn} in the
     * seller's application (kept if it exists) and the seller's ORDER_CHANGE subscription to it. Counted in neither
     * {@link #destinationsCreated()} nor {@link #subscriptionsCreated()}.
     *
     * @throws IllegalStateException if the seller is subscribed already
     */
    public synchronized Subscription subscribeOutside(SandboxSeller seller, String arn) {
        Destination destination = destinations.stream()
                .filter(d -> d.clientId().equals(seller.clientId()) && d.arn().equals(arn)).findFirst()
                .orElseGet(() -> addDestination(seller.clientId(), "outside-" + queueName(arn), arn));
        Subscription s = addSubscription(seller.clientId(), seller.sellerId(), destination.destinationId(), List.of());
        if (s == null) {
            throw new IllegalStateException("seller " + seller.sellerId() + " is subscribed to ORDER_CHANGE already");
        }
        return s;
    }

    /** The application may no longer have ORDER_CHANGE for this seller: get/createSubscription answer 403. */
    /**
     * The next {@code creates} createDestination / createSubscription calls lose a race: another client of the same
     * application (a second replica, a script) makes the same destination or subscription just before, so the call
     * answers 409 and what it asked for exists.
     */
    public synchronized void raceNextCreates(int creates) {
        this.racedCreates = creates;
    }

    public synchronized void refuseSubscriptions(String sellerId) {
        refusedSellers.add(Objects.requireNonNull(sellerId, "sellerId"));
    }

    public synchronized void allowSubscriptions(String sellerId) {
        refusedSellers.remove(sellerId);
    }

    /** How notifications reach the queues (Amazon's own access to them); needed before any delivery. */
    public synchronized void deliverThrough(SqsClient sqs) {
        this.sqs = Objects.requireNonNull(sqs, "sqs");
        queueUrls.clear();
    }

    /** Restarts the drop and duplicate draws from this seed (default: the sandbox's seed). */
    public synchronized void seed(long seed) {
        random = new Random(seed);
    }

    /** The share of notifications never sent (0 to 1; default 0). */
    public synchronized void dropShare(double share) {
        dropShare = share(share);
    }

    /** The share of notifications sent twice, SQS's at-least-once delivery (0 to 1; default 0). */
    public synchronized void duplicateShare(double share) {
        duplicateShare = share(share);
    }

    /** Every notification is sent this long after the change (default zero: before {@code change} returns). */
    public synchronized void delay(Duration delay) {
        if (delay == null || delay.isNegative()) {
            throw new IllegalArgumentException("delay must be zero or positive, was " + delay);
        }
        this.delay = delay;
    }

    synchronized List<Destination> destinations(String clientId) {
        return destinations.stream().filter(d -> d.clientId().equals(clientId)).toList();
    }

    synchronized Optional<Destination> destination(String clientId, String destinationId) {
        return destinations.stream()
                .filter(d -> d.clientId().equals(clientId) && d.destinationId().equals(destinationId)).findFirst();
    }

    /** A new destination of the application; null when it has one for this queue already (409). */
    synchronized Destination createDestination(String clientId, String name, String arn) {
        if (racedCreates > 0) {
            racedCreates--;
            addDestination(clientId, name, arn);
        }
        if (destinations.stream().anyMatch(d -> d.clientId().equals(clientId) && d.arn().equals(arn))) {
            return null;
        }
        destinationsCreated++;
        return addDestination(clientId, name, arn);
    }

    synchronized Optional<Subscription> subscription(String clientId, String sellerId) {
        return Optional.ofNullable(subscriptions.get(key(clientId, sellerId)));
    }

    /** A new ORDER_CHANGE subscription; null when the application has one for this seller already (409). */
    synchronized Subscription createSubscription(String clientId, String sellerId, String destinationId,
                                                 List<String> orderChangeTypes) {
        if (racedCreates > 0) {
            racedCreates--;
            addSubscription(clientId, sellerId, destinationId, orderChangeTypes);
        }
        Subscription s = addSubscription(clientId, sellerId, destinationId, orderChangeTypes);
        if (s != null) {
            subscriptionsCreated++;
        }
        return s;
    }

    /** Whether the application had that subscription (of any of the sellers who authorised it). */
    synchronized boolean deleteSubscription(String clientId, String subscriptionId) {
        return subscriptions.entrySet().removeIf(e -> e.getKey().startsWith(clientId + '\n')
                && e.getValue().subscriptionId().equals(subscriptionId));
    }

    synchronized boolean subscriptionsAllowed(String sellerId) {
        return !refusedSellers.contains(sellerId);
    }

    synchronized Optional<Target> target(String sellerId) {
        return subscriptions.entrySet().stream().filter(e -> e.getValue().sellerId().equals(sellerId)).findFirst()
                .map(e -> new Target(e.getValue(), destination(clientIdOf(e.getKey()), e.getValue().destinationId())
                        .orElseThrow()));
    }

    /** Sends a notification as Amazon does: maybe not at all, maybe twice, maybe late. The copies sent. */
    synchronized int deliver(Destination destination, String body) {
        // both drawn every time, so one switch's draws do not depend on the other's setting
        boolean dropped = random.nextDouble() < dropShare;
        boolean twice = random.nextDouble() < duplicateShare;
        if (dropped) {
            return 0;
        }
        int copies = twice ? 2 : 1;
        for (int i = 0; i < copies; i++) {
            send(destination, body, delay);
        }
        return copies;
    }

    /** Sends a message now, whatever the switches say. */
    synchronized void sendNow(Destination destination, String body) {
        send(destination, body, Duration.ZERO);
    }

    synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    private void send(Destination destination, String body, Duration after) {
        if (sqs == null) {
            throw new IllegalStateException("the sandbox cannot reach SQS: call notifications().deliverThrough(sqs)");
        }
        SqsClient client = sqs;
        String url = queueUrls.computeIfAbsent(destination.arn(),
                arn -> client.getQueueUrl(b -> b.queueName(queueName(arn))).queueUrl());
        if (after.isZero()) {
            client.sendMessage(b -> b.queueUrl(url).messageBody(body));
            return;
        }
        scheduler().schedule(() -> {
            try {
                client.sendMessage(b -> b.queueUrl(url).messageBody(body));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "sandbox could not deliver a late notification to " + url, e);
            }
        }, after.toNanos(), TimeUnit.NANOSECONDS);
    }

    private ScheduledExecutorService scheduler() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "amazon-sandbox-notifications");
                t.setDaemon(true); // a forgotten close() must not keep the test JVM alive
                return t;
            });
        }
        return scheduler;
    }

    private Destination addDestination(String clientId, String name, String arn) {
        Destination d = new Destination(UUID.randomUUID().toString(), name, arn, clientId);
        destinations.add(d);
        return d;
    }

    private Subscription addSubscription(String clientId, String sellerId, String destinationId,
                                         List<String> orderChangeTypes) {
        if (subscriptions.containsKey(key(clientId, sellerId))) {
            return null;
        }
        Subscription s = new Subscription(UUID.randomUUID().toString(), sellerId, destinationId, PAYLOAD_VERSION,
                orderChangeTypes);
        subscriptions.put(key(clientId, sellerId), s);
        return s;
    }

    private static String key(String clientId, String sellerId) {
        return clientId + '\n' + sellerId;
    }

    private static String clientIdOf(String key) {
        return key.substring(0, key.indexOf('\n'));
    }

    /** An SQS ARN ends with the queue's name: arn:aws:sqs:region:account:name. */
    static String queueName(String arn) {
        return arn.substring(arn.lastIndexOf(':') + 1);
    }

    private static double share(double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("share must be between 0 and 1, was " + share);
        }
        return share;
    }
}
