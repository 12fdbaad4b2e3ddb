package io.sellerbridge.spapi;

import io.sellerbridge.amazon.SellerRegistry;
import io.sellerbridge.cluster.SellerShares;
import io.sellerbridge.config.Beans;
import io.sellerbridge.config.Leadership;
import io.sellerbridge.config.Settings;
import io.sellerbridge.observe.BundleMetrics;
import io.sellerbridge.observe.RouteMetrics;
import io.sellerbridge.observe.StatusGauges;
import io.sellerbridge.pii.BuyerDataOptIn;
import io.sellerbridge.ratelimit.OperationQuota;
import io.sellerbridge.ratelimit.RateLimits;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.LoggingLevel;
import org.apache.camel.Processor;
import org.apache.camel.processor.errorhandler.RedeliveryPolicy;
import org.apache.camel.spi.Registry;

import io.sellerbridge.config.ConfigurationException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The SP-API client every SP-API stream calls through ({@code spapi.*}): the sellers and their Login-with-Amazon
 * tokens, the reading of Amazon's answers, and the back-off of retried calls ({@code spapi.retry.*}, which the MWS
 * stream shares).
 */
public class SpApiConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) throws Exception {
        Settings settings = Settings.of(context);
        Registry registry = context.getRegistry();
        Clock clock = Beans.clock(context);
        registry.bind("spapiEndpoints", SpApiEndpoints.read(settings));

        Optional<String> directory = settings.optional("spapi.sellers.directory");
        SellerRegistry<SpApiSeller> sellers = SellerRegistry.load(settings, "spapi", SpApiSeller::read,
                directory.isPresent());
        sellers.polledHere(Beans.lookup(context, "sellerShares", SellerShares.class)::polls);
        registry.bind("sellers", sellers);
        SellersDirectory files = sellersDirectory(settings, directory, sellers,
                Beans.lookup(context, "buyerDataOptIn", BuyerDataOptIn.class));
        registry.bind("sellersDirectory", files);
        // found by Camel's health-check registry among the beans: readiness names a seller without a token
        registry.bind("sellerHealthCheck", new SellerHealthCheck(sellers,
                Beans.lookup(context, "buyerDataOptIn", BuyerDataOptIn.class), files));
        StatusGauges.register(context, Beans.lookup(context, "bundleMetrics", BundleMetrics.class), sellers,
                () -> files.problems().size(), Beans.lookup(context, "replicaRoles", Leadership.Roles.class).replicaId());

        LwaTokenClient lwa = new LwaTokenClient(settings.httpUrl("spapi.lwa.token-url"), clock,
                settings.duration("spapi.lwa.timeout"));
        LwaTokenCache tokens = new LwaTokenCache(lwa::fetch, clock, settings.duration("spapi.lwa.refresh-margin"));
        // an RDT lives an hour; renewed a quarter-hour early, it outlasts a getOrders throttle wait and its retries
        RestrictedDataTokens restricted = new RestrictedDataTokens(
                Beans.lookup(context, "buyerDataOptIn", BuyerDataOptIn.class), clock, Duration.ofMinutes(15));
        registry.bind("restrictedDataTokens", restricted);
        Beans.lookup(context, "rateLimits", RateLimits.class).add(OperationQuota.read(settings,
                RestrictedDataTokens.OPERATION, "spapi.tokens.create-restricted-data-token"));
        GrantlessTokens grantless = new GrantlessTokens(lwa::fetchGrantless, clock,
                settings.duration("spapi.lwa.refresh-margin"));
        registry.bind("lwaAccessToken", new LwaAccessTokenProcessor(tokens, restricted, grantless, sellers));
        RouteMetrics routeMetrics = Beans.lookup(context, "routeMetrics", RouteMetrics.class);
        ExpiredTokenHandler expiredToken = new ExpiredTokenHandler(tokens, restricted, grantless);
        registry.bind("expiredTokenHandler", (Processor) exchange -> {
            routeMetrics.failed(exchange);
            expiredToken.process(exchange);
        });
        registry.bind("spapiResponse", new SpApiResponseReader(Beans.lookup(context, "rateLimits", RateLimits.class)));
        registry.bind("spapiResponseHeaders", new SpApiResponseHeaders());
        registry.bind("spapiRetryPolicy", retryPolicy(settings));
    }

    /** The seller files of {@code spapi.sellers.directory}, read once now, then by the sellers-directory route. */
    private static SellersDirectory sellersDirectory(Settings settings, Optional<String> directory,
                                                     SellerRegistry<SpApiSeller> sellers, BuyerDataOptIn buyerData) {
        settings.duration("spapi.sellers.directory-check", java.time.Duration.ofSeconds(1), null,
                "must be at least PT1S");
        if (directory.isEmpty()) {
            return SellersDirectory.none(sellers, buyerData);
        }
        Path path = Path.of(directory.get());
        if (!Files.isDirectory(path)) {
            throw new ConfigurationException("spapi.sellers.directory", "is not a directory: " + path);
        }
        SellersDirectory files = new SellersDirectory(path, sellers, buyerData, BuyerDataOptIn.byDefault(settings),
                Set.copyOf(settings.optionalList("spapi.sellers")));
        files.reload();
        return files;
    }

    private static RedeliveryPolicy retryPolicy(Settings settings) {
        RedeliveryPolicy policy = new RedeliveryPolicy();
        policy.setMaximumRedeliveries(settings.positiveInt("spapi.retry.maximum-redeliveries"));
        policy.setRedeliveryDelay(settings.duration("spapi.retry.initial-delay").toMillis());
        policy.setMaximumRedeliveryDelay(settings.duration("spapi.retry.maximum-delay").toMillis());
        policy.setBackOffMultiplier(settings.positiveDecimal("spapi.retry.back-off-multiplier"));
        policy.setUseExponentialBackOff(true);
        policy.setUseCollisionAvoidance(true); // +-15% jitter, so sellers retrying together spread out
        policy.setRetryAttemptedLogLevel(LoggingLevel.WARN);
        policy.setLogExhaustedMessageHistory(false);
        policy.setLogExhaustedMessageBody(false);
        return policy;
    }
}
