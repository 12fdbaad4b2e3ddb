package io.sellerbridge;

import io.sellerbridge.config.Beans;
import io.sellerbridge.config.Leadership;
import io.sellerbridge.config.Settings;
import io.sellerbridge.config.StopSignal;
import io.sellerbridge.kafka.CanonicalRecord;
import io.sellerbridge.kafka.DeadLetterRecord;
import io.sellerbridge.kafka.RecordType;
import io.sellerbridge.observe.BundleMetrics;
import io.sellerbridge.observe.RouteMetrics;
import io.sellerbridge.ratelimit.RateLimits;
import io.sellerbridge.ratelimit.RateWindowFunction;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.Processor;
import org.apache.camel.spi.Registry;
import org.apache.camel.spi.RoutePolicy;

import java.time.Clock;

/**
 * What every stream shares: the clock, metrics, which replica polls ({@code cluster.*}), the throttles' usage plans
 * (each stream adds its operations) and the processors that turn canonical messages into Kafka records.
 */
public class PlatformConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) throws Exception {
        Settings settings = Settings.of(context);
        Registry registry = context.getRegistry();
        Clock clock = Beans.clock(context);

        RoutePolicy leaderOnly = Leadership.policy(context, settings);
        registry.bind("leaderOnly", leaderOnly);
        BundleMetrics metrics = new BundleMetrics(context, clock, Leadership.leads(leaderOnly));
        registry.bind("bundleMetrics", metrics);
        RouteMetrics routeMetrics = new RouteMetrics(metrics);
        registry.bind("routeMetrics", routeMetrics);
        registry.bind("amazonCallFailed", (Processor) routeMetrics::failed);
        registry.bind("amazonCallRetried", (Processor) routeMetrics::retried);
        registry.bind("stopSignal", new StopSignal());

        RateLimits rateLimits = new RateLimits();
        registry.bind("rateLimits", rateLimits);
        context.getPropertiesComponent().addPropertiesFunction(new RateWindowFunction(rateLimits));

        registry.bind("orderRecord", new CanonicalRecord(RecordType.ORDER));
        registry.bind("productRecord", new CanonicalRecord(RecordType.PRODUCT));
        registry.bind("inventoryRecord", new CanonicalRecord(RecordType.INVENTORY));
        registry.bind("orderPiiRecord", new CanonicalRecord(RecordType.ORDER_PII));
        registry.bind("deadLetterRecord", new DeadLetterRecord(clock));
    }
}
