package io.sellerbridge.kafka;

import io.sellerbridge.config.Settings;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.kafka.clients.admin.Admin;

import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The last configuration step: once every key was read and checked, the bundle meets its Kafka cluster once, with the
 * settings every client of it uses. Refused credentials, an untrusted certificate or a client certificate the broker
 * refuses stop start-up here, with one line naming the key, before any route or client starts.
 */
public class KafkaPreflight implements CamelConfiguration {

    @Override
    public void configure(CamelContext context) throws Exception {
        Properties client = KafkaClients.config(Settings.of(context), Settings.names(context), "preflight");
        try (Admin admin = Admin.create(client)) {
            admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw KafkaClients.explain(e, client).map(Exception.class::cast).orElse(e);
        }
    }
}
