package io.sellerbridge.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.sellerbridge.kafka.RecordType;
import io.sellerbridge.sandbox.AmazonSandbox;
import io.sellerbridge.sandbox.SandboxOptions;
import io.sellerbridge.sandbox.SandboxSeller;
import io.sellerbridge.testing.BundleUnderTest;
import io.sellerbridge.testing.CanonicalSchemas;
import io.sellerbridge.testing.Closing;
import io.sellerbridge.testing.SchemaRegistryStub;
import io.sellerbridge.testing.SharedKafka;
import io.sellerbridge.testing.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a consumer relies on, against a running bundle: the README's consumer reads the orders as shown; with
 * {@code kafka.schema-registry.url} set, the schema of each topic is registered under {@code <topic>-value} before
 * anything is published, and a record's ce_dataschema leads to it.
 */
class ConsumerContractIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AmazonSandbox sandbox;
    private BundleUnderTest bundle;
    private SchemaRegistryStub registry;

    @AfterEach
    void stop() throws Exception {
        Closing.closeAll(bundle, sandbox, registry);
    }

    private BundleUnderTest bundle() throws Exception {
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().timeScale(100).orderCount(5));
        BundleUnderTest b = BundleUnderTest.against(sandbox, 100, List.of(SandboxSeller.DEFAULT));
        return registry == null ? b : b.set("kafka.schema-registry.url", registry.url());
    }

    @Test
    void theReadmesConsumerReadsEveryOrderAsTheReadmeShowsIt() throws Exception {
        bundle = bundle().start();
        Set<String> seeded = sandbox.data().orders(SandboxSeller.DEFAULT.sellerId()).stream()
                .map(o -> o.get("AmazonOrderId").asText()).collect(Collectors.toSet());
        Map<String, String> statuses = new ConcurrentHashMap<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();

        ReadmeOrdersConsumer.consume(SharedKafka.bootstrapServers(), bundle.topic("orders"),
                () -> !statuses.keySet().equals(seeded) && System.nanoTime() < deadline,
                (orderId, status, order) -> statuses.put(orderId, status));

        assertEquals(seeded, statuses.keySet());
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains(ReadmeOrdersConsumer.readmeBlock()), "README.md shows the consumer as tested:\n"
                + ReadmeOrdersConsumer.readmeBlock());
    }

    @Test
    void givenARegistry_whenTheBundleStarts_thenEveryTopicsSchemaIsRegisteredAndRecordsNameIt() throws Exception {
        registry = SchemaRegistryStub.withBasicAuth("seller-bridge:registry-pass");
        bundle = bundle().set("kafka.schema-registry.basic-auth", "seller-bridge:registry-pass").start();

        Map<String, String> registered = registry.subjects().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get(0).schema()));
        assertEquals(Set.of(bundle.topic("orders") + "-value", bundle.topic("products") + "-value",
                bundle.topic("inventory") + "-value", bundle.topic("dlq") + "-value",
                bundle.topic("order-pii") + "-value"), registered.keySet());
        assertEquals(CanonicalSchemas.shipped("amazon.dlq.v1"), JSON.readTree(registered.get(bundle.topic("dlq") + "-value")));
        try (TopicReader orders = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("orders"))) {
            ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(60)).until(orders::poll, r -> !r.isEmpty()).get(0);
            String schemaOfTopic = registered.get(bundle.topic("orders") + "-value");
            assertEquals(JSON.readTree(schemaOfTopic).get("$id").asText(), OrdersTopic.headers(record).get("ce_dataschema"));
            assertEquals(CanonicalSchemas.shipped("amazon.orders.v1"), JSON.readTree(schemaOfTopic));
        }
    }

    @Test
    void givenARegistryThatIsDownAtStartUp_thenTheBundlePublishesAndRegistersOnceTheRegistryIsBack() throws Exception {
        registry = SchemaRegistryStub.start();
        registry.unavailableFor(3);
        bundle = bundle().set("kafka.schema-registry.retry-every", "PT1S").start();

        try (TopicReader orders = new TopicReader(SharedKafka.bootstrapServers(), bundle.topic("orders"))) {
            await().atMost(Duration.ofSeconds(60)).until(orders::poll, r -> !r.isEmpty());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> registry.subjects().size() == RecordType.values().length);
    }

    @Test
    void givenARegistryThatRefusesTheCredentials_thenTheBundleDoesNotStartAndTheErrorNamesTheKey() throws Exception {
        registry = SchemaRegistryStub.withBasicAuth("seller-bridge:registry-pass");
        bundle = bundle().set("kafka.schema-registry.basic-auth", "seller-bridge:stale-pass");

        Exception e = assertThrows(Exception.class, bundle::start);

        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append(" | ");
        }
        assertTrue(messages.toString().contains("kafka.schema-registry.basic-auth: the schema registry refused the bundle (HTTP 401)"),
                messages::toString);
        assertTrue(!messages.toString().contains("stale-pass"), messages::toString);
        assertEquals(Map.of(), registry.subjects());
    }
}
