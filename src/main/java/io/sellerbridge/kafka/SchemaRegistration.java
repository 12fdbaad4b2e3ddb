package io.sellerbridge.kafka;

import io.sellerbridge.config.Settings;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * When {@code kafka.schema-registry.url} is set, registers the schema of every topic the bundle publishes to under
 * {@code <topic>-value} (the registries' default topic-name strategy) before any route starts. A registry that refuses
 * (credentials, an incompatible schema) stops start-up; one that is down is tried again every
 * {@code kafka.schema-registry.retry-every} while the bundle runs: the records are plain JSON with
 * {@code ce_dataschema} and do not wait for it. Off by default.
 */
public class SchemaRegistration implements CamelConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaRegistration.class);

    @Override
    public void configure(CamelContext context) {
        Settings settings = Settings.of(context);
        if (settings.optional(SchemaRegistryClient.URL_KEY).isEmpty()) {
            return;
        }
        SchemaRegistryClient registry = new SchemaRegistryClient(settings.httpUrl(SchemaRegistryClient.URL_KEY),
                settings.optional(SchemaRegistryClient.AUTH_KEY));
        Duration retryEvery = settings.duration("kafka.schema-registry.retry-every");
        Map<String, RecordType> pending = new LinkedHashMap<>();
        for (RecordType type : RecordType.values()) {
            pending.put(settings.required(type.topicKey()) + "-value", type);
        }
        if (!registerPending(registry, pending)) {
            ScheduledExecutorService retries = context.getExecutorServiceManager()
                    .newSingleThreadScheduledExecutor(this, "schema-registration");
            retries.scheduleWithFixedDelay(() -> {
                try {
                    if (registerPending(registry, pending)) {
                        retries.shutdown();
                    }
                } catch (RuntimeException refused) {
                    // the registry is back and refuses (credentials, compatibility): a person must act
                    LOG.error("Schema registration stopped: {}", refused.getMessage());
                    retries.shutdown();
                }
            }, retryEvery.toMillis(), retryEvery.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Registers what is not registered yet; false while the registry is unavailable. */
    private static boolean registerPending(SchemaRegistryClient registry, Map<String, RecordType> pending) {
        for (Iterator<Map.Entry<String, RecordType>> it = pending.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, RecordType> next = it.next();
            try {
                int id = registry.register(next.getKey(), schema(next.getValue()));
                LOG.info("Schema {} is registered as subject {}, id {}", next.getValue().dataschema(), next.getKey(), id);
            } catch (SchemaRegistryClient.Unavailable e) {
                LOG.warn("Schema registry unavailable, {} schema(s) not registered yet; records are published meanwhile, "
                        + "trying again later: {}", pending.size(), e.getMessage());
                return false;
            }
            it.remove();
        }
        return true;
    }

    static String schema(RecordType type) {
        try (InputStream in = SchemaRegistration.class.getResourceAsStream(type.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("the bundle lacks " + type.schemaResource());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
