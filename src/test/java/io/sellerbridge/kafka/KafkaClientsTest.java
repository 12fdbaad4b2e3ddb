package io.sellerbridge.kafka;

import io.sellerbridge.config.ConfigurationException;
import io.sellerbridge.testing.BundleProperties;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Camel's Kafka component keys become the settings of every Kafka client of the bundle. */
class KafkaClientsTest {

    private static final Map<String, String> SECURED = Map.of(
            "camel.component.kafka.brokers", "kafka-0:9093",
            "camel.component.kafka.security-protocol", "SASL_SSL",
            "camel.component.kafka.sasl-mechanism", "SCRAM-SHA-512",
            "camel.component.kafka.sasl-jaas-config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"u\" password=\"p\";",
            "camel.component.kafka.sslTruststoreLocation", "/etc/ca.p12",
            "camel.component.kafka.ssl-truststore-type", "PKCS12",
            "camel.component.kafka.ssl-endpoint-algorithm", "none",
            "camel.component.kafka.additional-properties[sasl.login.callback.handler.class]", "com.example.Handler");

    private static Properties config(Map<String, String> keys, String clientId) {
        return KafkaClients.config(BundleProperties.settings(keys), BundleProperties.names(keys), clientId);
    }

    @Test
    void givenCamelsKafkaKeys_thenTheClientGetsKafkasPropertiesAndAClientIdUnderThePrefix() {
        Properties p = config(SECURED, "checkpoints");

        assertEquals("kafka-0:9093", p.get("bootstrap.servers"));
        assertEquals("SASL_SSL", p.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", p.get("sasl.mechanism"));
        assertTrue(p.getProperty("sasl.jaas.config").startsWith("org.apache.kafka.common.security.scram.ScramLoginModule"));
        assertEquals("/etc/ca.p12", p.get("ssl.truststore.location"), "the camel-case spelling Camel also accepts");
        assertEquals("PKCS12", p.get("ssl.truststore.type"));
        assertEquals("com.example.Handler", p.get("sasl.login.callback.handler.class"), "the pass-through");
        assertEquals("seller-bridge-checkpoints", p.get("client.id"));
        assertEquals("", p.get("ssl.endpoint.identification.algorithm"), "none switches the host name check off");
    }

    @Test
    void givenCamelsOtherSecurityKeys_thenTheyReachTheClientAndOnesHoldingJavaObjectsAreRefusedByName() {
        Properties p = config(Map.of("camel.component.kafka.brokers", "kafka-0:9093",
                "camel.component.kafka.ssl-trustmanager-algorithm", "PKIX",
                "camel.component.kafka.ssl-provider", "SunJSSE",
                "camel.component.kafka.kerberos-renew-jitter", "0.05"), "topics");
        ConfigurationException javaObject = assertThrows(ConfigurationException.class, () -> config(Map.of(
                "camel.component.kafka.brokers", "kafka-0:9093",
                "camel.component.kafka.ssl-context-parameters", "#sslContext"), "topics"));

        assertEquals("PKIX", p.get("ssl.trustmanager.algorithm"));
        assertEquals("SunJSSE", p.get("ssl.provider"));
        assertEquals("0.05", p.get("sasl.kerberos.ticket.renew.jitter"));
        assertTrue(javaObject.getMessage().startsWith("camel.component.kafka.ssl-context-parameters: "), javaObject.getMessage());
    }

    @Test
    void givenThePlainDefaults_thenOnlyTheBrokersProtocolAndClientIdAreSet() {
        Properties p = config(Map.of("camel.component.kafka.brokers", "localhost:9092"), "topics");

        assertEquals(Set.of("bootstrap.servers", "security.protocol", "client.id"), p.stringPropertyNames());
        assertEquals("PLAINTEXT", p.get("security.protocol"));
    }

    @Test
    void givenRefusedCredentialsOrAnUntrustedCertificate_thenTheErrorNamesTheKeyAndNoSecret() {
        Properties p = config(SECURED, "preflight");

        ConfigurationException sasl = KafkaClients.explain(new ExecutionException(
                new SaslAuthenticationException("Authentication failed")), p).orElseThrow();
        ConfigurationException ssl = KafkaClients.explain(new SslAuthenticationException("SSL handshake failed",
                new javax.net.ssl.SSLHandshakeException("PKIX path building failed")), p).orElseThrow();
        ConfigurationException mtls = KafkaClients.explain(new SslAuthenticationException("SSL handshake failed",
                new javax.net.ssl.SSLHandshakeException("Received fatal alert: certificate_required")), p).orElseThrow();
        ConfigurationException host = KafkaClients.explain(new SslAuthenticationException("SSL handshake failed",
                new javax.net.ssl.SSLHandshakeException("No subject alternative DNS name matching kafka-0 found.")), p).orElseThrow();
        ConfigurationException acl = KafkaClients.explain(new TopicAuthorizationException("Not authorized to access topics"), p).orElseThrow();
        ConfigurationException store = KafkaClients.explain(new KafkaException("Failed to load SSL keystore /etc/ca.p12 of type PKCS12"), p).orElseThrow();

        assertTrue(sasl.getMessage().startsWith("camel.component.kafka.sasl-jaas-config: "), sasl.getMessage());
        assertFalse(sasl.getMessage().contains("password=\"p\""));
        assertTrue(ssl.getMessage().startsWith("camel.component.kafka.ssl-truststore-location: "), ssl.getMessage());
        assertTrue(mtls.getMessage().startsWith("camel.component.kafka.ssl-keystore-location: "), mtls.getMessage());
        assertTrue(host.getMessage().startsWith("camel.component.kafka.ssl-endpoint-algorithm: "), host.getMessage());
        assertTrue(acl.getMessage().startsWith("kafka.id-prefix: ") && acl.getMessage().contains("ACLs"), acl.getMessage());
        assertTrue(store.getMessage().startsWith("camel.component.kafka.ssl-truststore-password: "), store.getMessage());
        assertTrue(KafkaClients.explain(new IllegalStateException("broker down"), p).isEmpty());
    }
}
