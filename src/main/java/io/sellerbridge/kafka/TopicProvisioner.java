package io.sellerbridge.kafka;

import org.apache.camel.support.service.ServiceSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Creates the bundle's topics when they are missing: data topics as configured, state topics compacted with one
 * partition (their readers load them whole at start-up). Existing topics are left as the platform made them.
 */
public class TopicProvisioner extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(TopicProvisioner.class);

    /** {@code configs}: topic settings besides the cleanup policy (the buyer-data topic's compaction lag). */
    public record TopicSpec(String name, int partitions, boolean compacted, Map<String, String> configs) {
        public TopicSpec(String name, int partitions, boolean compacted) {
            this(name, partitions, compacted, Map.of());
        }
    }

    private final Properties clientConfig;
    private final short replicationFactor;
    private final List<TopicSpec> specs;

    public TopicProvisioner(Properties clientConfig, short replicationFactor, List<TopicSpec> specs) {
        this.clientConfig = clientConfig;
        this.replicationFactor = replicationFactor;
        this.specs = List.copyOf(specs);
    }

    /** Started by Camel before the other Kafka clients of the bundle, which need the topics. */
    @Override
    protected void doStart() {
        KafkaClients.explaining(clientConfig, () -> {
            ensure();
            return null;
        });
    }

    public void ensure() {
        try (Admin admin = Admin.create(clientConfig)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (TopicSpec spec : specs) {
                if (!existing.contains(spec.name())) {
                    NewTopic topic = new NewTopic(spec.name(), spec.partitions(), replicationFactor);
                    Map<String, String> configs = new java.util.HashMap<>(spec.configs());
                    if (spec.compacted()) {
                        configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
                    }
                    topic.configs(configs);
                    missing.add(topic);
                }
            }
            if (!missing.isEmpty()) {
                for (Map.Entry<String, org.apache.kafka.common.KafkaFuture<Void>> created : admin.createTopics(missing).values().entrySet()) {
                    try {
                        created.getValue().get(30, TimeUnit.SECONDS);
                        LOG.info("Created topic {}", created.getKey());
                    } catch (ExecutionException e) {
                        // another replica starting at the same moment created it first: that is what we wanted
                        if (!(e.getCause() instanceof TopicExistsException)) {
                            throw e;
                        }
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("could not create Kafka topics " + specs + ": " + e.getMessage(), e);
        }
    }
}
