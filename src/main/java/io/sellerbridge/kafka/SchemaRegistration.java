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

/**
 * When {@code kafka.schema-registry.url} is set, registers the schema of every topic the bundle publishes to under
 * {@code <topic>-value} (the registries' default topic-name strategy) before any route starts. Off by default: the
 * records are plain JSON with {@code ce_dataschema}, readable without a registry.
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
        for (RecordType type : RecordType.values()) {
            String subject = settings.required(type.topicKey()) + "-value";
            int id = registry.register(subject, schema(type));
            LOG.info("Schema {} is registered as subject {}, id {}", type.dataschema(), subject, id);
        }
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
