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

import java.net.URI;

/**
 * ORDER_CHANGE notifications through Amazon SQS ({@code spapi.notifications.*}, routes/spapi-notifications.camel.yaml):
 * the SQS client (AWS credentials from the SDK's default chain: environment, web identity / IRSA, instance profile),
 * getOrder's usage plan, and the bean the route calls.
 */
public class NotificationsConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) {
        Settings settings = Settings.of(context);
        boolean enabled = settings.bool("spapi.notifications.enabled");
        if (enabled) {
            settings.httpUrl("spapi.notifications.sqs.queue-url");
        }
        settings.positiveInt("spapi.notifications.sqs.concurrent-consumers");
        settings.intBetween("spapi.notifications.sqs.visibility-timeout-seconds", 30, 43_200,
                "must be 30 to 43200 seconds (SQS's maximum), longer than reading and publishing one order");
        SqsClientBuilder sqs = SqsClient.builder().region(Region.of(settings.required("spapi.notifications.sqs.region")))
                .credentialsProvider(DefaultCredentialsProvider.builder().build());
        settings.optional("spapi.notifications.sqs.endpoint").ifPresent(endpoint ->
                sqs.endpointOverride(URI.create(settings.httpUrl("spapi.notifications.sqs.endpoint").toString())));
        context.getRegistry().bind("notificationsSqs", sqs.build());
        context.getPropertiesComponent().addPropertiesFunction(new OrdersScheduleFunction(enabled,
                settings.cron("spapi.orders.schedule"), settings.cron("spapi.notifications.backstop-schedule")));
        Beans.lookup(context, "rateLimits", RateLimits.class)
                .add(OperationQuota.read(settings, "getOrder", "spapi.orders.get-order"));
        @SuppressWarnings("unchecked")
        SellerRegistry<SpApiSeller> sellers = Beans.lookup(context, "sellers", SellerRegistry.class);
        context.getRegistry().bind("orderChanges", new OrderChanges(sellers,
                Beans.lookup(context, "bundleMetrics", BundleMetrics.class), Beans.clock(context), enabled));
        if (enabled && settings.optionalList("spapi.sellers").isEmpty()) {
            throw new ConfigurationException("spapi.notifications.enabled", "needs SP-API sellers (spapi.sellers)");
        }
    }
}
