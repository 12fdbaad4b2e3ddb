package io.sellerbridge.routes;

import io.sellerbridge.checkpoint.Checkpoints;
import io.sellerbridge.checkpoint.PublishedVersions;
import io.sellerbridge.config.Beans;
import io.sellerbridge.observe.BundleMetrics;
import io.sellerbridge.testing.InMemoryCheckpoints;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.IdempotentRepository;

/** The bundle's state (checkpoints, published versions) in memory, in place of KafkaStateConfiguration. */
final class InMemoryStateConfiguration implements CamelConfiguration {

    private final InMemoryCheckpoints checkpoints;
    private final IdempotentRepository versions;

    InMemoryStateConfiguration(InMemoryCheckpoints checkpoints, IdempotentRepository versions) {
        this.checkpoints = checkpoints;
        this.versions = versions;
    }

    @Override
    public void configure(CamelContext context) throws Exception {
        context.addService(versions, true, true);
        context.getRegistry().bind("checkpoints",
                new Checkpoints(checkpoints, Beans.lookup(context, "bundleMetrics", BundleMetrics.class)));
        new PublishedVersions(versions).bindTo(context.getRegistry());
    }
}
