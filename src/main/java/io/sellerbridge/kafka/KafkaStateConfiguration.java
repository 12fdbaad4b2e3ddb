package io.sellerbridge.kafka;

import io.sellerbridge.checkpoint.Checkpoints;
import io.sellerbridge.checkpoint.KafkaCheckpointStore;
import io.sellerbridge.checkpoint.PublishedVersions;
import io.sellerbridge.config.Beans;
import io.sellerbridge.config.Settings;
import io.sellerbridge.observe.BundleMetrics;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The bundle's state in Kafka: its topics (created when missing), the checkpoints and the published versions. Only
 * read and validated here; the clients reach Kafka when Camel starts them, after every configuration was checked.
 */
public class KafkaStateConfiguration implements CamelConfiguration {

    /**
     * The bundle's topics as it creates them: the data topics with kafka.topics.partitions, keyed ones compacted; its
     * state topics compacted with one partition (their readers load them whole). k8s/overlays/strimzi/kafka declares
     * the same as KafkaTopics.
     */
    public static List<TopicProvisioner.TopicSpec> topics(Settings settings) {
        int partitions = settings.positiveInt("kafka.topics.partitions");
        List<TopicProvisioner.TopicSpec> topics = new ArrayList<>();
        for (RecordType type : RecordType.values()) {
            topics.add(new TopicProvisioner.TopicSpec(settings.required(type.topicKey()), partitions, type.compacted(),
                    type.topicConfigs()));
        }
        topics.add(new TopicProvisioner.TopicSpec(settings.required("kafka.topics.checkpoints"), 1, true));
        topics.add(new TopicProvisioner.TopicSpec(settings.required("kafka.topics.published-versions"), 1, true));
        if ("kafka".equals(settings.required("cluster.mode"))) {
            // never written: its partitions are what the replicas' consumer group shares out
            topics.add(new TopicProvisioner.TopicSpec(settings.required("kafka.topics.cluster"),
                    settings.positiveInt("cluster.kafka.partitions"), false));
        }
        return List.copyOf(topics);
    }

    @Override
    public void configure(CamelContext context) throws Exception {
        Settings settings = Settings.of(context);
        Set<String> names = Settings.names(context);
        String checkpointTopic = settings.required("kafka.topics.checkpoints");
        String versionsTopic = settings.required("kafka.topics.published-versions");
        if (settings.bool("kafka.topics.create")) {
            context.addService(new TopicProvisioner(KafkaClients.config(settings, names, "topics"),
                    (short) settings.positiveInt("kafka.topics.replication-factor"), topics(settings)), true, true);
        }
        KafkaCheckpointStore checkpoints = new KafkaCheckpointStore(checkpointTopic,
                KafkaClients.config(settings, names, "checkpoints"));
        context.addService(checkpoints, true, true);
        context.getRegistry().bind("checkpoints",
                new Checkpoints(checkpoints, Beans.lookup(context, "bundleMetrics", BundleMetrics.class)));

        KafkaPublishedVersions versions = new KafkaPublishedVersions(versionsTopic,
                KafkaClients.config(settings, names, "published-versions"),
                settings.positiveInt("kafka.published-versions.cache-size"));
        context.addService(versions, true, true);
        new PublishedVersions(versions).bindTo(context.getRegistry());
    }
}
