package io.sellerbridge.testing;

import kafka.testkit.KafkaClusterTestKit;
import kafka.testkit.TestKitNodes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.metadata.UserScramCredentialRecord;
import org.apache.kafka.common.network.ListenerName;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.security.scram.ScramCredential;
import org.apache.kafka.common.security.scram.internals.ScramFormatter;
import org.apache.kafka.common.security.scram.internals.ScramMechanism;
import org.apache.kafka.metadata.bootstrap.BootstrapMetadata;
import org.apache.kafka.server.common.ApiMessageAndVersion;
import org.apache.kafka.server.common.MetadataVersion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * A real KRaft broker that accepts clients only over TLS with its own test CA: SASL_SSL with SCRAM-SHA-512 (users
 * created when the storage is formatted, as {@code kafka-storage format --add-scram} does) and, on a second listener,
 * mutual TLS. Kafka's StandardAuthorizer is on: the bundle's user gets exactly the ACLs of its Strimzi KafkaUser
 * (k8s/overlays/strimzi/kafka), so a missing one fails the test.
 */
public final class SecuredKafka implements AutoCloseable {

    /** The bundle's Kafka user: its SCRAM name, and the common name of its client certificate. */
    public static final String USER = "seller-bridge";
    private static final String ADMIN = "admin";

    private final KafkaClusterTestKit cluster;
    private final TestCertificates ca;
    private final String userPassword;
    private final String adminPassword;

    private SecuredKafka(KafkaClusterTestKit cluster, TestCertificates ca, String userPassword, String adminPassword) {
        this.cluster = cluster;
        this.ca = ca;
        this.userPassword = userPassword;
        this.adminPassword = adminPassword;
    }

    public static SecuredKafka start() {
        TestCertificates ca = TestCertificates.authority("Seller Bridge test CA " + UUID.randomUUID());
        String userPassword = "user-" + UUID.randomUUID();
        String adminPassword = "admin-" + UUID.randomUUID();
        String broker = ca.keystore("localhost").toString();
        try {
            List<ApiMessageAndVersion> records = new ArrayList<>(
                    BootstrapMetadata.fromVersion(MetadataVersion.latestProduction(), "testkit").records());
            records.add(scram(ADMIN, adminPassword));
            records.add(scram(USER, userPassword));
            KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1)
                    .setBootstrapMetadata(BootstrapMetadata.fromRecords(records, "testkit")).build());
            Map<String, String> config = Map.ofEntries(
                    Map.entry("listeners", "EXTERNAL://localhost:0,MTLS://localhost:0,CONTROLLER://localhost:0"),
                    Map.entry("listener.security.protocol.map", "EXTERNAL:SASL_SSL,MTLS:SSL,CONTROLLER:PLAINTEXT"),
                    Map.entry("inter.broker.listener.name", "EXTERNAL"),
                    Map.entry("sasl.enabled.mechanisms", "SCRAM-SHA-512"),
                    Map.entry("sasl.mechanism.inter.broker.protocol", "SCRAM-SHA-512"),
                    Map.entry("listener.name.external.scram-sha-512.sasl.jaas.config", jaas(ADMIN, adminPassword)),
                    Map.entry("ssl.keystore.location", broker),
                    Map.entry("ssl.keystore.password", ca.password()),
                    Map.entry("ssl.key.password", ca.password()),
                    Map.entry("ssl.keystore.type", "PKCS12"),
                    Map.entry("ssl.truststore.location", ca.truststore().toString()),
                    Map.entry("ssl.truststore.password", ca.password()),
                    Map.entry("ssl.truststore.type", "PKCS12"),
                    Map.entry("listener.name.mtls.ssl.client.auth", "required"),
                    // a client certificate's CN is its user: CN=seller-bridge is the same user as the SCRAM one
                    Map.entry("ssl.principal.mapping.rules", "RULE:^CN=([^,]+).*$/$1/,DEFAULT"),
                    Map.entry("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer"),
                    // the broker itself (admin over SASL) and its controller channel (plaintext, anonymous)
                    Map.entry("super.users", "User:" + ADMIN + ";User:ANONYMOUS"),
                    Map.entry("allow.everyone.if.no.acl.found", "false"),
                    Map.entry("offsets.topic.replication.factor", "1"),
                    Map.entry("transaction.state.log.replication.factor", "1"),
                    Map.entry("transaction.state.log.min.isr", "1"),
                    Map.entry("group.initial.rebalance.delay.ms", "0"),
                    Map.entry("auto.create.topics.enable", "false"));
            config.forEach(builder::setConfigProp);
            KafkaClusterTestKit cluster = builder.build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            SecuredKafka kafka = new SecuredKafka(cluster, ca, userPassword, adminPassword);
            kafka.grantTheBundlesAcls();
            return kafka;
        } catch (Exception e) {
            throw new IllegalStateException("secured Kafka broker did not start", e);
        }
    }

    private static ApiMessageAndVersion scram(String user, String password) throws Exception {
        ScramCredential c = new ScramFormatter(ScramMechanism.SCRAM_SHA_512).generateCredential(password, 4096);
        return new ApiMessageAndVersion(new UserScramCredentialRecord().setName(user)
                .setMechanism(ScramMechanism.SCRAM_SHA_512.type()).setSalt(c.salt()).setStoredKey(c.storedKey())
                .setServerKey(c.serverKey()).setIterations(c.iterations()), (short) 0);
    }

    private static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    /**
     * Exactly the ACLs of the bundle's Strimzi KafkaUser (k8s/overlays/strimzi/kafka/kafkauser.yaml, the ones
     * k8s/README.md lists), for the principal User:seller-bridge. No Create: topics come from the platform.
     */
    @SuppressWarnings("unchecked")
    private void grantTheBundlesAcls() throws Exception {
        Map<String, Object> user = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readValue(
                BundleProperties.repoFile("k8s/overlays/strimzi/kafka/kafkauser.yaml").toFile(), Map.class);
        List<Map<String, Object>> rules = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>)
                user.get("spec")).get("authorization")).get("acls");
        List<AclBinding> acls = new ArrayList<>();
        for (Map<String, Object> rule : rules) {
            Map<String, Object> resource = (Map<String, Object>) rule.get("resource");
            ResourceType type = ResourceType.valueOf(resource.get("type").toString().toUpperCase());
            String name = type == ResourceType.CLUSTER ? "kafka-cluster" : resource.get("name").toString();
            PatternType pattern = "prefix".equals(resource.get("patternType")) ? PatternType.PREFIXED : PatternType.LITERAL;
            for (Object op : (List<Object>) rule.get("operations")) {
                AclOperation operation = AclOperation.valueOf(op.toString().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase());
                acls.add(new AclBinding(new ResourcePattern(type, name, pattern),
                        new AccessControlEntry("User:" + USER, "*", operation, AclPermissionType.ALLOW)));
            }
        }
        try (Admin admin = Admin.create(adminClient())) {
            admin.createAcls(acls).all().get();
        }
    }

    /** Creates topics as the platform would (the bundle's user may not): e.g. the Strimzi KafkaTopics. */
    public void createTopics(List<io.sellerbridge.kafka.TopicProvisioner.TopicSpec> topics) {
        new io.sellerbridge.kafka.TopicProvisioner(adminClient(), (short) 1, topics).ensure();
    }

    private Properties adminClient() {
        Properties p = new Properties();
        p.putAll(saslSsl(ADMIN, adminPassword));
        return p;
    }

    /** The SASL_SSL listener. */
    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** The mutual-TLS listener. */
    public String mutualTlsBootstrapServers() {
        return "localhost:" + cluster.brokers().values().iterator().next().boundPort(ListenerName.normalised("MTLS"));
    }

    public TestCertificates ca() {
        return ca;
    }

    public String userPassword() {
        return userPassword;
    }

    /** Kafka client properties of a SASL_SSL SCRAM-SHA-512 client, for tests that read the topics themselves. */
    public Map<String, String> saslSsl(String user, String password) {
        return Map.of("bootstrap.servers", bootstrapServers(), "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512", "sasl.jaas.config", jaas(user, password),
                "ssl.truststore.location", ca.truststore().toString(), "ssl.truststore.password", ca.password(),
                "ssl.truststore.type", "PKCS12");
    }

    /** The bundle's settings for the SASL_SSL listener, in Camel's Kafka component keys. */
    public Map<String, String> bundleSaslSsl(String password) {
        return Map.of("camel.component.kafka.brokers", bootstrapServers(),
                "camel.component.kafka.security-protocol", "SASL_SSL",
                "camel.component.kafka.sasl-mechanism", "SCRAM-SHA-512",
                "camel.component.kafka.sasl-jaas-config", jaas(USER, password),
                "camel.component.kafka.ssl-truststore-location", ca.truststore().toString(),
                "camel.component.kafka.ssl-truststore-password", ca.password(),
                "camel.component.kafka.ssl-truststore-type", "PKCS12");
    }

    /** The bundle's settings for the mutual-TLS listener, with a client certificate for {@value #USER}. */
    public Map<String, String> bundleMutualTls() {
        return Map.of("camel.component.kafka.brokers", mutualTlsBootstrapServers(),
                "camel.component.kafka.security-protocol", "SSL",
                "camel.component.kafka.ssl-truststore-location", ca.truststore().toString(),
                "camel.component.kafka.ssl-truststore-password", ca.password(),
                "camel.component.kafka.ssl-truststore-type", "PKCS12",
                "camel.component.kafka.ssl-keystore-location", ca.keystore(USER).toString(),
                "camel.component.kafka.ssl-keystore-password", ca.password(),
                "camel.component.kafka.ssl-keystore-type", "PKCS12",
                "camel.component.kafka.ssl-key-password", ca.password());
    }

    @Override
    public void close() {
        try {
            cluster.close();
        } catch (Exception e) {
            throw new IllegalStateException("secured Kafka broker did not stop cleanly", e);
        }
    }
}
