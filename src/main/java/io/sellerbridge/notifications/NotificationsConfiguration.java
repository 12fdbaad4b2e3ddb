package io.sellerbridge.notifications;

import io.sellerbridge.amazon.SellerRegistry;
import io.sellerbridge.config.Beans;
import io.sellerbridge.config.ConfigurationException;
import io.sellerbridge.config.Settings;
import io.sellerbridge.observe.BundleMetrics;
import io.sellerbridge.ratelimit.OperationQuota;
import io.sellerbridge.ratelimit.RateLimits;
import io.sellerbridge.spapi.SpApiSeller;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * ORDER_CHANGE notifications through Amazon SQS ({@code spapi.notifications.*}, routes/spapi-notifications.camel.yaml):
 * the SQS client (AWS credentials from the SDK's default chain: environment, web identity / IRSA, instance profile),
 * the destination and subscriptions the bundle keeps at Amazon, the usage plans of getOrder and the Notifications API,
 * which sellers getOrders polls when, and the beans the routes call.
 */
public class NotificationsConfiguration implements CamelConfiguration {

    /** Notifications API v1's OrderChangeTypeEnum. */
    private static final Set<String> ORDER_CHANGE_TYPES = Set.of("OrderStatusChange", "BuyerRequestedChange", "DeliveryTipChange");
    /** The model's pattern for an SQS destination's ARN. */
    private static final Pattern SQS_ARN = Pattern.compile("arn:aws:sqs:\\S+:\\S+:\\S+");

    @Override
    public void configure(CamelContext context) {
        Settings settings = Settings.of(context);
        boolean enabled = settings.bool("spapi.notifications.enabled");
        if (enabled) {
            settings.httpUrl("spapi.notifications.sqs.queue-url");
        }
        settings.positiveInt("spapi.notifications.sqs.concurrent-consumers");
        settings.intBetween("spapi.notifications.sqs.wait-time-seconds", 1, 20, "must be 1 to 20 seconds (SQS's long"
                + " polling)");
        settings.intBetween("spapi.notifications.sqs.visibility-timeout-seconds", 30, 43_200,
                "must be 30 to 43200 seconds (SQS's maximum), longer than reading and publishing one order");
        SqsClientBuilder sqs = SqsClient.builder().region(Region.of(settings.required("spapi.notifications.sqs.region")))
                .credentialsProvider(DefaultCredentialsProvider.builder().build());
        settings.optional("spapi.notifications.sqs.endpoint").ifPresent(endpoint ->
                sqs.endpointOverride(URI.create(settings.httpUrl("spapi.notifications.sqs.endpoint").toString())));
        SqsClient client = sqs.build();
        context.getRegistry().bind("notificationsSqs", client);
        RateLimits rateLimits = Beans.lookup(context, "rateLimits", RateLimits.class);
        rateLimits.add(OperationQuota.read(settings, "getOrder", "spapi.orders.get-order"));
        for (String operation : List.of("getDestinations", "createDestination", "getSubscription", "createSubscription")) {
            rateLimits.add(OperationQuota.read(settings, operation, "spapi.notifications." + kebab(operation)));
        }
        @SuppressWarnings("unchecked")
        SellerRegistry<SpApiSeller> sellers = Beans.lookup(context, "sellers", SellerRegistry.class);
        if (enabled && settings.optionalList("spapi.sellers").isEmpty()
                && settings.optional("spapi.sellers.directory").isEmpty()) {
            throw new ConfigurationException("spapi.notifications.enabled",
                    "needs SP-API sellers (spapi.sellers or spapi.sellers.directory)");
        }
        boolean managed = settings.bool("spapi.notifications.manage-subscriptions");
        String queueUrl = settings.optional("spapi.notifications.sqs.queue-url").orElse("");
        java.util.function.Supplier<String> actualQueueArn = () -> client.getQueueAttributes(b -> b.queueUrl(queueUrl)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN);
        NotificationSubscriptions subscriptions = subscriptions(settings, sellers, enabled && managed, actualQueueArn,
                Beans.clock(context));
        context.getRegistry().bind("notificationSubscriptions", subscriptions);
        QueueReceives receives = new QueueReceives(context, "spapi-notifications");
        // while the queue cannot be read no notification comes: every seller is polled as without them
        Predicate<SpApiSeller> notified = enabled
                ? seller -> !receives.failing() && subscriptions.notified(seller) : seller -> false;
        if (enabled) {
            context.getRegistry().bind("notificationsHealthCheck", new NotificationsHealthCheck(subscriptions, receives));
        }
        OrderPolling polling = new OrderPolling(sellers, notified,
                enabled ? settings.cron("spapi.notifications.backstop-schedule") : null, Beans.clock(context));
        context.getRegistry().bind("orderPolling", polling);
        // a seller whose file changed (another seller id, application or region) is checked and polled afresh
        sellers.onChange(seller -> { }, seller -> {
            subscriptions.forget(seller.alias());
            polling.forget(seller.alias());
        });
        context.getRegistry().bind("orderChanges", new OrderChanges(sellers,
                Beans.lookup(context, "bundleMetrics", BundleMetrics.class), Beans.clock(context), notified));
    }

    /** The destination and subscriptions to keep; the keys they need are checked only when they are kept. */
    private static NotificationSubscriptions subscriptions(Settings settings, SellerRegistry<SpApiSeller> sellers,
                                                           boolean kept, java.util.function.Supplier<String> actualQueueArn,
                                                           Clock clock) {
        Duration recheck = settings.duration("spapi.notifications.subscription-check", Duration.ofMinutes(1), null,
                "must be at least PT1M (the check runs every minute)");
        if (!kept) {
            return NotificationSubscriptions.notKept(sellers);
        }
        String arn = settings.required("spapi.notifications.sqs.queue-arn");
        if (!SQS_ARN.matcher(arn).matches()) {
            throw new ConfigurationException("spapi.notifications.sqs.queue-arn",
                    "must be the queue's ARN, arn:aws:sqs:<region>:<account>:<queue name>");
        }
        String name = settings.required("spapi.notifications.destination-name");
        if (name.length() > 256) {
            throw new ConfigurationException("spapi.notifications.destination-name", "must be at most 256 characters");
        }
        List<String> types = settings.list("spapi.notifications.order-change-types");
        if (types.isEmpty() || !ORDER_CHANGE_TYPES.containsAll(types)) {
            throw new ConfigurationException("spapi.notifications.order-change-types",
                    "must list one or more of " + new TreeSet<>(ORDER_CHANGE_TYPES) + ", was " + types);
        }
        return new NotificationSubscriptions(sellers, arn, name, types, clock, recheck, actualQueueArn);
    }

    /** getDestinations -> get-destinations, the key's spelling. */
    private static String kebab(String operation) {
        return operation.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }
}
