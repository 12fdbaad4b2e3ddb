package io.sellerbridge.kafka;

import io.sellerbridge.config.ConfigurationException;
import io.sellerbridge.testing.SchemaRegistryStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The registry client over real HTTP, against a registry that answers as Confluent's documents. */
class SchemaRegistryClientTest {

    private static final String ORDERS = SchemaRegistration.schema(RecordType.ORDER);

    private SchemaRegistryStub registry;

    @AfterEach
    void stop() {
        if (registry != null) {
            registry.close();
        }
    }

    private SchemaRegistryClient client(Optional<String> auth) {
        return new SchemaRegistryClient(URI.create(registry.url() + "/"), auth);
    }

    @Test
    void givenASchema_whenRegisteredTwice_thenTheSubjectHoldsOneJsonVersionWithOneId() throws Exception {
        registry = SchemaRegistryStub.start();

        int first = client(Optional.empty()).register("amazon.orders.v1-value", ORDERS);
        int again = client(Optional.empty()).register("amazon.orders.v1-value", ORDERS);

        assertEquals(first, again);
        var versions = registry.subjects().get("amazon.orders.v1-value");
        assertEquals(1, versions.size());
        assertEquals("JSON", versions.get(0).schemaType());
        assertEquals(ORDERS, versions.get(0).schema());
    }

    @Test
    void givenBasicAuth_whenTheCredentialsAreRight_thenItRegistersAndWhenWrong_thenTheErrorNamesTheKeyNotThePassword() throws Exception {
        registry = SchemaRegistryStub.withBasicAuth("bundle:s3cret");

        client(Optional.of("bundle:s3cret")).register("amazon.dlq.v1-value", SchemaRegistration.schema(RecordType.DEAD_LETTER));
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> client(Optional.of("bundle:wrong-pass")).register("amazon.orders.v1-value", ORDERS));

        assertTrue(e.getMessage().startsWith("kafka.schema-registry.basic-auth:"), e.getMessage());
        assertTrue(e.getMessage().contains("401"), e.getMessage());
        assertFalse(e.getMessage().contains("wrong-pass"), e.getMessage());
        assertEquals(1, registry.subjects().size());
    }

    @Test
    void givenARegistryThatRefusesTheSchemaAsIncompatible_thenTheErrorSaysSoAndNamesTheSubject() throws Exception {
        registry = SchemaRegistryStub.start();
        client(Optional.empty()).register("amazon.orders.v1-value", "{\"type\":\"object\"}");
        registry.refuseNewVersionsOf("amazon.orders.v1-value");

        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> client(Optional.empty()).register("amazon.orders.v1-value", ORDERS));

        assertTrue(e.getMessage().startsWith("kafka.schema-registry.url:"), e.getMessage());
        assertTrue(e.getMessage().contains("incompatible") && e.getMessage().contains("amazon.orders.v1-value"), e.getMessage());
    }

    @Test
    void givenAUrlWithoutTheApi_thenTheErrorNamesTheUrlKey() throws Exception {
        registry = SchemaRegistryStub.start();

        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> new SchemaRegistryClient(URI.create(registry.url() + "/apis/registry/v2"), Optional.empty())
                        .register("amazon.orders.v1-value", ORDERS));

        assertTrue(e.getMessage().startsWith("kafka.schema-registry.url:") && e.getMessage().contains("404"), e.getMessage());
    }

    @Test
    void givenNoRegistryListening_thenItIsUnavailableForNow() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }

        var e = assertThrows(SchemaRegistryClient.Unavailable.class,
                () -> new SchemaRegistryClient(URI.create("http://127.0.0.1:" + port), Optional.empty())
                        .register("amazon.orders.v1-value", ORDERS));

        assertTrue(e.getMessage().contains("cannot be reached"), e.getMessage());
    }

    @Test
    void givenARegistryAnswering503_thenItIsUnavailableForNowNotMisconfigured() throws Exception {
        registry = SchemaRegistryStub.start();
        registry.unavailableFor(1);

        var e = assertThrows(SchemaRegistryClient.Unavailable.class,
                () -> client(Optional.empty()).register("amazon.orders.v1-value", ORDERS));
        client(Optional.empty()).register("amazon.orders.v1-value", ORDERS);

        assertTrue(e.getMessage().contains("HTTP 503"), e.getMessage());
        assertEquals(1, registry.subjects().get("amazon.orders.v1-value").size());
    }

    @Test
    void givenBasicAuthWithoutAColon_thenTheErrorNamesTheKey() {
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> new SchemaRegistryClient(URI.create("http://127.0.0.1:1"), Optional.of("api-key-only")));

        assertTrue(e.getMessage().startsWith("kafka.schema-registry.basic-auth:"), e.getMessage());
        assertFalse(e.getMessage().contains("api-key-only"), e.getMessage());
    }
}
