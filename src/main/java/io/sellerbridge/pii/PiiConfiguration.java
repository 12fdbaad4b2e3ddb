package io.sellerbridge.pii;

import io.sellerbridge.config.Beans;
import io.sellerbridge.config.Settings;
import io.sellerbridge.kafka.KafkaClients;
import io.sellerbridge.kafka.RecordType;
import io.sellerbridge.observe.BundleMetrics;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Registry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Buyers' personal data ({@code spapi.pii.*}, issue 11): which sellers opted in, the split of every order into its
 * public record and its buyer data, and the deletion of buyer data after {@code spapi.pii.retention}. The buyer-data
 * topic is read only when some seller opted in.
 */
public class PiiConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) throws Exception {
        Settings settings = Settings.of(context);
        Registry registry = context.getRegistry();
        List<String> sellers = new ArrayList<>();
        settings.optionalList("spapi.sellers").forEach(alias -> sellers.add("spapi.seller." + alias + "."));
        if (settings.bool("mws.orders.enabled")) {
            settings.optionalList("mws.sellers").forEach(alias -> sellers.add("mws.seller." + alias + "."));
        }
        BuyerDataOptIn optIn = BuyerDataOptIn.read(settings, sellers);
        registry.bind("buyerDataOptIn", optIn);
        registry.bind("buyerData", new BuyerData(optIn, settings.duration("spapi.pii.retention", Duration.ofSeconds(1),
                null, "must be at least PT1S (Amazon's Data Protection Policy: 30 days after delivery, P30D)"),
                Beans.clock(context)));
        settings.duration("spapi.pii.retention-check", Duration.ofSeconds(1), null, "must be at least PT1S");

        PiiRetention retention = new PiiRetention(settings.required(RecordType.ORDER_PII.topicKey()),
                KafkaClients.config(settings, Settings.names(context), "order-pii"), Beans.clock(context),
                Beans.lookup(context, "bundleMetrics", BundleMetrics.class));
        // the route's bean is not the service itself: Camel starts a Service bean with its route, and the topic is
        // read only when some seller opted in
        registry.bind("piiRetention", new Sweep(retention));
        if (optIn.any()) {
            context.addService(retention, true, true);
        }
    }

    /** What routes/buyer-data.camel.yaml calls on its timer. */
    public static final class Sweep {
        private final PiiRetention retention;

        Sweep(PiiRetention retention) {
            this.retention = retention;
        }

        public int sweep() {
            return retention.sweep();
        }
    }
}
