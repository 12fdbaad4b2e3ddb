package io.sellerbridge.pii;

import io.sellerbridge.config.Beans;
import io.sellerbridge.config.Settings;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.spi.Registry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Buyers' personal data ({@code spapi.pii.*}, issue 11): which sellers opted in, and the split of every order into
 * its public record and its buyer data. Its deletion after {@code spapi.pii.retention}: {@link PiiRetentionConfiguration}.
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

        // the sweep's retention service: PiiRetentionConfiguration, which needs the broker
        registry.bind("piiRetention", new Sweep());
    }

    /** What routes/buyer-data.camel.yaml calls on its timer. */
    public static final class Sweep {
        private volatile PiiRetention retention;

        void use(PiiRetention retention) {
            this.retention = retention;
        }

        public int sweep() {
            PiiRetention r = retention;
            return r == null ? 0 : r.sweep();
        }

        /** Before the order's buyer data goes out (exchange property orderPii). */
        public void publishing(Exchange exchange) {
            PiiRetention r = retention;
            if (r != null) {
                r.publishing(key(exchange));
            }
        }

        /** After it went out, or failed to. */
        public void published(Exchange exchange) {
            PiiRetention r = retention;
            if (r != null) {
                r.published(key(exchange));
            }
        }

        private static String key(Exchange exchange) {
            return exchange.getProperty(BuyerData.PROPERTY, io.sellerbridge.canonical.CanonicalOrderPii.class).recordKey();
        }
    }
}
