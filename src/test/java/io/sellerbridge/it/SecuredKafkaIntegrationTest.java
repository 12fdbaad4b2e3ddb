package io.sellerbridge.it;

import io.sellerbridge.sandbox.AmazonSandbox;
import io.sellerbridge.sandbox.SandboxOptions;
import io.sellerbridge.sandbox.SandboxSeller;
import io.sellerbridge.kafka.KafkaStateConfiguration;
import io.sellerbridge.testing.BundleProperties;
import io.sellerbridge.testing.BundleUnderTest;
import io.sellerbridge.testing.Closing;
import io.sellerbridge.testing.LogCapture;
import io.sellerbridge.testing.SecuredKafka;
import io.sellerbridge.testing.TestCertificates;
import io.sellerbridge.testing.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundle on a broker that accepts only TLS with its own CA: SASL_SSL with SCRAM-SHA-512, and mutual TLS, set by
 * properties only (Camel's Kafka component keys), under the ACLs k8s/README.md documents. The same flow as on a plain
 * broker, nothing lost; a wrong password or an untrusted certificate stops start-up with one line naming the key.
 */
class SecuredKafkaIntegrationTest {

    private static final double TIME_SCALE = 100;
    private static final SandboxSeller SELLER = SandboxSeller.DEFAULT;

    private static SecuredKafka kafka;
    private AmazonSandbox sandbox;
    private BundleUnderTest bundle;
    private Process process;

    @BeforeAll
    static void broker() {
        kafka = SecuredKafka.start();
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @AfterEach
    void stop() throws Exception {
        if (process != null) {
            process.destroyForcibly();
        }
        Closing.closeAll(bundle, sandbox);
    }

    /**
     * A bundle whose topics sit under the prefixes the ACLs grant, created by the platform beforehand as in
     * k8s/overlays/strimzi (kafka.topics.create=false: the bundle's user may not create topics).
     */
    private BundleUnderTest bundle(Map<String, String> kafkaSettings) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        BundleUnderTest b = BundleUnderTest.against(sandbox, TIME_SCALE, List.of(SELLER), kafkaSettings.get("camel.component.kafka.brokers"));
        kafkaSettings.forEach(b::set);
        b.set("kafka.topics.orders", "amazon.orders.v1." + suffix)
                .set("kafka.topics.products", "amazon.products.v1." + suffix)
                .set("kafka.topics.inventory", "amazon.inventory.v1." + suffix)
                .set("kafka.topics.dlq", "amazon.dlq.v1." + suffix)
                .set("kafka.topics.checkpoints", "seller-bridge.checkpoints.v1." + suffix)
                .set("kafka.topics.published-versions", "seller-bridge.published-versions.v1." + suffix)
                .set("kafka.topics.create", "false");
        Map<String, String> topics = new java.util.HashMap<>();
        List.of("orders", "products", "inventory", "dlq", "checkpoints", "published-versions")
                .forEach(t -> topics.put("kafka.topics." + t, b.topic(t)));
        kafka.createTopics(KafkaStateConfiguration.topics(BundleProperties.settings(topics)));
        return b;
    }

    @Test
    void givenSaslSslWithScram_whenTheBundleSyncs_thenEveryOrderArrivesAndNoSecretIsLoggedOrServed() throws Exception {
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().timeScale(TIME_SCALE).orderCount(30));
        int expected = sandbox.data().orders(SELLER.sellerId()).size();
        try (LogCapture log = LogCapture.capture()) {
            bundle = bundle(kafka.bundleSaslSsl(kafka.userPassword())).start();
            try (TopicReader orders = new TopicReader(kafka.saslSsl(SecuredKafka.USER, kafka.userPassword()), bundle.topic("orders"));
                 TopicReader checkpoints = new TopicReader(kafka.saslSsl(SecuredKafka.USER, kafka.userPassword()),
                         bundle.topic("checkpoints"))) {
                await().atMost(Duration.ofSeconds(60)).until(() -> OrdersTopic.keys(orders.poll()).size() == expected);
                await().atMost(Duration.ofSeconds(30)).until(() -> checkpoints.poll().stream()
                        .anyMatch(r -> r.key().startsWith("spapi-orders:" + SELLER.sellerId())));
                assertEquals(expected, orders.poll().size(), "each order once");
            }
            String metrics = get(bundle.managementUrl() + "/observe/metrics");
            String health = get(bundle.managementUrl() + "/observe/health/ready?exposureLevel=full");
            for (String place : List.of(log.text(), metrics, health)) {
                assertFalse(place.contains(kafka.userPassword()), "the SCRAM password is nowhere");
                assertFalse(place.contains("ScramLoginModule required"), "no JAAS configuration anywhere");
                assertFalse(place.contains(kafka.ca().password()), "no store password anywhere");
            }
        }
    }

    @Test
    void givenMutualTls_whenTheBundleSyncs_thenEveryOrderArrives() throws Exception {
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().timeScale(TIME_SCALE).orderCount(20));
        int expected = sandbox.data().orders(SELLER.sellerId()).size();
        bundle = bundle(kafka.bundleMutualTls()).start();

        try (TopicReader orders = new TopicReader(kafka.saslSsl(SecuredKafka.USER, kafka.userPassword()), bundle.topic("orders"))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> OrdersTopic.keys(orders.poll()).size() == expected);
        }
    }

    @Test
    void givenAWrongPassword_whenTheBundleStarts_thenItStopsWithOneLineNamingTheJaasKey() throws Exception {
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().timeScale(TIME_SCALE).orderCount(1));
        String wrong = "wrong-" + UUID.randomUUID();

        String output = failedStart(bundle(kafka.bundleSaslSsl(wrong)));

        assertTrue(output.contains("seller-bridge: configuration error: camel.component.kafka.sasl-jaas-config: "
                + "the broker refused the SCRAM-SHA-512 credentials"), output);
        assertFalse(output.contains(wrong), "the password is not printed");
    }

    @Test
    void givenACertificateFromAnotherCa_whenTheBundleStarts_thenItStopsWithOneLineNamingTheTruststore() throws Exception {
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().timeScale(TIME_SCALE).orderCount(1));
        TestCertificates other = TestCertificates.authority("another CA");
        BundleUnderTest untrusting = bundle(kafka.bundleSaslSsl(kafka.userPassword()))
                .set("camel.component.kafka.ssl-truststore-location", other.truststore().toString())
                .set("camel.component.kafka.ssl-truststore-password", other.password());

        String output = failedStart(untrusting);

        assertTrue(output.contains("seller-bridge: configuration error: camel.component.kafka.ssl-truststore-location: "
                + "the broker's certificate is not trusted"), output);
    }

    @Test
    void givenAClientCertificateFromAnotherCa_whenTheBundleStarts_thenItStopsWithOneLineNamingTheKeystore() throws Exception {
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().timeScale(TIME_SCALE).orderCount(1));
        TestCertificates other = TestCertificates.authority("another CA");
        BundleUnderTest stranger = bundle(kafka.bundleMutualTls())
                .set("camel.component.kafka.ssl-keystore-location", other.keystore(SecuredKafka.USER).toString())
                .set("camel.component.kafka.ssl-keystore-password", other.password())
                .set("camel.component.kafka.ssl-key-password", other.password());

        String output = failedStart(stranger);

        assertTrue(output.contains("seller-bridge: configuration error: camel.component.kafka.ssl-keystore-location: "
                + "the broker refused the bundle's client certificate"), output);
    }

    @Test
    void givenAMisspeltSecretKey_whenTheBundleStarts_thenItStopsWithOneLineNamingTheKeyAndNotItsValue() throws Exception {
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().timeScale(TIME_SCALE).orderCount(1));
        Map<String, String> settings = kafka.bundleSaslSsl(kafka.userPassword());
        BundleUnderTest misspelt = bundle(settings)
                .set("camel.component.kafka.sasl-jass-config", settings.get("camel.component.kafka.sasl-jaas-config"));

        String output = failedStart(misspelt);

        assertTrue(output.contains("seller-bridge: configuration error: camel.component.kafka.sasl-jass-config: is not an "
                + "option Camel knows here"), output);
        assertFalse(output.contains(kafka.userPassword()), "the password is not printed: " + output);
    }

    /** Starts the bundle as its own process (as a pod does) and returns what it printed once it exited with 2. */
    private String failedStart(BundleUnderTest b) throws Exception {
        Path out = Files.createTempFile("secured-start", ".log");
        process = b.startProcess(out);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the bundle did not stop");
        String output = Files.readString(out);
        assertEquals(2, process.exitValue(), output);
        assertFalse(output.contains("\tat "), "one line, no stack trace: " + output);
        return output;
    }

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
