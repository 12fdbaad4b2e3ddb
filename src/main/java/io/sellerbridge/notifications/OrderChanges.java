package io.sellerbridge.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.amazon.MalformedResponseException;
import io.sellerbridge.amazon.SellerRegistry;
import io.sellerbridge.kafka.DeadLetterRecord;
import io.sellerbridge.observe.BundleMetrics;
import io.sellerbridge.orders.OrderExchange;
import io.sellerbridge.spapi.SpApiRequest;
import io.sellerbridge.spapi.SpApiSeller;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * ORDER_CHANGE notifications delivered through SQS (routes/spapi-notifications.camel.yaml): one is read, its seller
 * found among the active sellers, the order read with getOrder, and then published as a polled order is (items,
 * published-version check, buyer data). Counts what a notification brought and what only the backstop poll found,
 * and the time from Amazon's notification to the record acknowledged by Kafka.
 */
public class OrderChanges {

    /** Set on an exchange that came from a notification: the notification itself. */
    public static final String NOTIFICATION = "orderChangeNotification";
    /** True when the notification is for an active seller of this bundle, false when it is ignored. */
    public static final String FOR_US = "orderChangeForUs";

    private static final Logger LOG = LoggerFactory.getLogger(OrderChanges.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SellerRegistry<SpApiSeller> sellers;
    private final BundleMetrics metrics;
    private final Clock clock;
    private final Predicate<SpApiSeller> notified;

    /** @param notified whether a seller's changes come as notifications (so its poll is the backstop) */
    public OrderChanges(SellerRegistry<SpApiSeller> sellers, BundleMetrics metrics, Clock clock,
                        Predicate<SpApiSeller> notified) {
        this.sellers = sellers;
        this.metrics = metrics;
        this.clock = clock;
        this.notified = notified;
    }

    /** Body: the SQS message. Reads the notification; a seller this bundle does not poll (now) is ignored. */
    public void read(Exchange exchange) {
        String raw = exchange.getMessage().getBody(String.class);
        exchange.setProperty(DeadLetterRecord.RAW_PAYLOAD, raw);
        JsonNode body;
        try {
            body = JSON.readTree(raw == null ? "" : raw);
        } catch (IOException e) {
            throw new MalformedNotificationException("not JSON");
        }
        OrderChangeNotification notification = OrderChangeNotification.read(body);
        exchange.setProperty(NOTIFICATION, notification);
        exchange.setProperty(AmazonCall.SELLER_ID, notification.sellerId());
        exchange.setProperty(AmazonCall.ORDER_ID, notification.amazonOrderId());
        // the marketplace tells which, where one seller id is two sellers of the bundle; a notification for another
        // marketplace of a polled seller is still that seller's
        Optional<SpApiSeller> seller = sellers.selling(notification.sellerId(), notification.marketplaceId())
                .or(() -> sellers.selling(notification.sellerId(), null));
        exchange.setProperty(FOR_US, seller.isPresent());
        if (seller.isEmpty()) {
            metrics.notificationIgnored("unknown", "unknown seller");
            LOG.info("ORDER_CHANGE for seller {}, which this bundle does not poll: ignored", notification.sellerId());
            return;
        }
        seller.get().useIn(exchange);
        exchange.getMessage().setBody(null);
    }

    /** getOrder for the notification's order. */
    public void getOrder(Exchange exchange) {
        OrderChangeNotification notification = exchange.getProperty(NOTIFICATION, OrderChangeNotification.class);
        SpApiRequest.get(exchange, "getOrder", "/orders/v0/orders/" + SpApiRequest.enc(notification.amazonOrderId()),
                null);
    }

    /** getOrder's answer: the body becomes the order, as a getOrders page hands each of its orders on. */
    public void order(Exchange exchange) {
        JsonNode answer = exchange.getMessage().getBody(JsonNode.class);
        JsonNode order = answer == null ? null : answer.path("payload");
        if (order == null || !order.isObject() || !order.hasNonNull("AmazonOrderId")) {
            throw new MalformedResponseException("getOrder answered without an order payload",
                    answer == null ? "" : answer.toString(), null);
        }
        exchange.setProperty(OrderExchange.ORDER, order);
        exchange.getMessage().setBody(order);
    }

    /**
     * A new order version was acknowledged by Kafka. From a notification: the time since Amazon published it; from
     * the backstop poll of a seller whose changes come as notifications: a version no notification brought (yet).
     */
    public void published(Exchange exchange) {
        OrderChangeNotification notification = exchange.getProperty(NOTIFICATION, OrderChangeNotification.class);
        String seller = AmazonCall.sellerId(exchange);
        if (notification != null) {
            metrics.orderChangeLatency(seller, Duration.between(notification.eventTime(), clock.instant()));
        } else if (notified.test(SpApiSeller.of(exchange))) {
            metrics.foundByBackstop(seller);
        }
    }

    /** A version already published (a repeated or late notification): nothing to do. */
    public void alreadyPublished(Exchange exchange) {
        metrics.notificationIgnored(AmazonCall.sellerId(exchange), "version already published");
    }
}
