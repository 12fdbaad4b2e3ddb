package io.sellerbridge.config;

import io.sellerbridge.testing.BundleProperties;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeadershipTest {

    private static Settings settings(Map<String, String> props) {
        return BundleProperties.settings(props);
    }

    @Test
    void givenNoClusterMode_thenSchedulesRunWithoutLeaderElection() throws Exception {
        assertFalse(Leadership.policy(new DefaultCamelContext(), settings(Map.of())) instanceof ClusteredRoutePolicy);
    }

    @Test
    void givenKubernetesMode_thenALeaseBasedPolicyForThePodsWithTheBundlesLabel() throws Exception {
        DefaultCamelContext context = new DefaultCamelContext();
        assertInstanceOf(ClusteredRoutePolicy.class, Leadership.policy(context,
                settings(Map.of("cluster.mode", "kubernetes", "cluster.id", "seller-bridge-7d9f-abc"))));
        assertTrue(context.hasService(org.apache.camel.component.kubernetes.cluster.KubernetesClusterService.class) != null);
    }

    @Test
    void givenKafkaMode_thenEveryReplicaRunsTheSellersSchedulesForItsShare_andTheGroupElectsTheLeader() throws Exception {
        DefaultCamelContext context = new DefaultCamelContext();
        Leadership.Roles roles = Leadership.roles(context, settings(Map.of("cluster.mode", "kafka", "cluster.id", "r1")),
                shares -> partitions -> "");
        assertInstanceOf(ClusteredRoutePolicy.class, roles.leaderOnly());
        assertFalse(roles.sellerPolling() instanceof ClusteredRoutePolicy, "each replica polls its own sellers");
        assertFalse(roles.shares().polls("A1ANY"), "no seller before the group assigned partitions");
        assertEquals("r1", roles.replicaId());
        assertTrue(context.hasService(io.sellerbridge.cluster.KafkaGroupClusterService.class) != null);
    }

    @Test
    void givenOtherModes_thenTheLeaderPollsEverySeller() throws Exception {
        Leadership.Roles roles = Leadership.roles(new DefaultCamelContext(),
                settings(Map.of("cluster.mode", "file", "cluster.file.root", "target/lock")), shares -> partitions -> "");
        assertTrue(roles.leaderOnly() == roles.sellerPolling());
        assertTrue(roles.shares().polls("A1ANY"));
    }

    @Test
    void givenASessionTimeoutTheBrokerRefuses_thenStartUpFailsNamingTheKey() {
        assertTrue(assertThrows(ConfigurationException.class, () -> Leadership.roles(new DefaultCamelContext(),
                settings(Map.of("cluster.mode", "kafka", "cluster.kafka.session-timeout", "PT1S")), shares -> p -> ""))
                .getMessage().startsWith("cluster.kafka.session-timeout:"));
    }

    @Test
    void givenAnUnknownModeOrBadLabels_thenStartUpFailsNamingTheKey() {
        assertTrue(assertThrows(ConfigurationException.class, () -> Leadership.policy(new DefaultCamelContext(),
                settings(Map.of("cluster.mode", "zookeeper")))).getMessage().startsWith("cluster.mode:"));
        assertTrue(assertThrows(ConfigurationException.class, () -> Leadership.labels("app")).getMessage()
                .startsWith("cluster.kubernetes.labels:"));
        assertEquals(Map.of("app.kubernetes.io/name", "seller-bridge", "tier", "poller"),
                Leadership.labels("app.kubernetes.io/name=seller-bridge, tier=poller"));
    }
}
