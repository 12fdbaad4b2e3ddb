package io.sellerbridge.kafka;

import io.sellerbridge.config.Settings;








import java.util.Properties;

/** The bundle's own Kafka clients (checkpoints, published versions, topics) reach the brokers camel-kafka uses. */
public final class KafkaClients {

    private KafkaClients() {
    }

    public static Properties config(Settings settings) {
        Properties p = new Properties();
        p.put("bootstrap.servers", settings.required("camel.component.kafka.brokers"));
        settings.optional("camel.component.kafka.security-protocol").ifPresent(v -> p.put("security.protocol", v));
        return p;
    }
}
