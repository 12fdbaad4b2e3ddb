package io.sellerbridge.pii;

import io.sellerbridge.config.Beans;
import io.sellerbridge.config.Settings;
import io.sellerbridge.kafka.KafkaClients;
import io.sellerbridge.kafka.RecordType;
import io.sellerbridge.observe.BundleMetrics;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;

/**
 * Deletion of buyer data after {@code spapi.pii.retention} ({@link PiiRetention}), whether or not a seller opts in
 * now: data published while one did must go on time after the opt-in ends too.
 */
public class PiiRetentionConfiguration implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) throws Exception {
        Settings settings = Settings.of(context);
        PiiRetention retention = new PiiRetention(settings.required(RecordType.ORDER_PII.topicKey()),
                KafkaClients.config(settings, Settings.names(context), "order-pii"), Beans.clock(context),
                Beans.lookup(context, "bundleMetrics", BundleMetrics.class));
        context.addService(retention, true, true);
        Beans.lookup(context, "piiRetention", PiiConfiguration.Sweep.class).use(retention);
    }
}
