package io.sellerbridge.config;

import io.sellerbridge.cluster.KafkaGroupClusterService;
import io.sellerbridge.cluster.SellerShares;
import io.sellerbridge.kafka.KafkaClients;
import org.apache.camel.CamelContext;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.component.kubernetes.cluster.KubernetesClusterService;
import org.apache.camel.component.kubernetes.cluster.LeaseResourceType;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.support.RoutePolicySupport;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Which replica polls which seller, so Amazon sees one caller per seller and its quotas are not shared by copies.
 * {@code none}: this process is the only one; {@code file}: the holder of a lock file under a shared directory leads
 * (Camel's FileLockClusterService); when it dies, the OS releases the lock and another replica takes over from the
 * committed checkpoints; {@code kubernetes}: a {@code coordination.k8s.io} Lease held by one pod (Camel's
 * KubernetesClusterService; RBAC in k8s/base). In these modes the leader polls every seller. {@code kafka}: the
 * replicas share the sellers out through a Kafka consumer group ({@link KafkaGroupClusterService}); the holder of the
 * group's partition 0 leads what runs once for all.
 */
public final class Leadership {

    public static final String NAMESPACE = "seller-bridge-pollers";

    private Leadership() {
    }

    /**
     * What this replica runs: {@code leaderOnly} guards what runs once for all (catalog from orders, buyer-data
     * retention), {@code sellerPolling} the sellers' schedules, which then poll the sellers of {@code shares}.
     */
    public record Roles(String replicaId, RoutePolicy leaderOnly, RoutePolicy sellerPolling, SellerShares shares) {
    }

    /** The roles of {@code cluster.mode}; {@code sellersOf} names the sellers of some partitions, for the logs. */
    public static Roles roles(CamelContext context, Settings settings,
                              Function<SellerShares, Function<Collection<Integer>, String>> sellersOf) throws Exception {
        String id = replicaId(settings);
        if (!"kafka".equals(settings.required("cluster.mode"))) {
            RoutePolicy leader = policy(context, settings);
            return new Roles(id, leader, leader, SellerShares.everySeller());
        }
        SellerShares shares = SellerShares.byPartition();
        KafkaGroupClusterService group = new KafkaGroupClusterService(id, settings.required("kafka.topics.cluster"),
                settings.required("cluster.kafka.group-id"),
                KafkaClients.config(settings, Settings.names(context), "cluster"),
                settings.duration("cluster.kafka.session-timeout", Duration.ofSeconds(6), Duration.ofMinutes(30),
                        "the broker accepts session timeouts of 6 s to 30 min by default"),
                shares, sellersOf.apply(shares));
        context.addService(group);
        return new Roles(id, ClusteredRoutePolicy.forNamespace(group, NAMESPACE), new RoutePolicySupport() {
        }, shares);
    }

    /** The single-leader policy of modes none, file and kubernetes. */
    public static RoutePolicy policy(CamelContext context, Settings settings) throws Exception {
        String mode = settings.required("cluster.mode");
        switch (mode) {
            case "none":
                return new RoutePolicySupport() {
                };
            case "file":
                FileLockClusterService service = new FileLockClusterService();
                service.setId(replicaId(settings));
                service.setRoot(settings.required("cluster.file.root"));
                // how soon a replica notices that the leader's lock was released
                service.setAcquireLockInterval(settings.duration("cluster.file.acquire-lock-interval").toMillis(),
                        TimeUnit.MILLISECONDS);
                context.addService(service);
                return ClusteredRoutePolicy.forNamespace(service, NAMESPACE);
            case "kubernetes":
                KubernetesClusterService lease = new KubernetesClusterService();
                lease.setLeaseResourceType(LeaseResourceType.Lease);
                lease.setKubernetesResourceName(settings.required("cluster.kubernetes.lease-name"));
                settings.optional("cluster.kubernetes.namespace").ifPresent(lease::setKubernetesNamespace);
                // the pod's own name (Kubernetes sets HOSTNAME to it); only pods with these labels count as members
                lease.setPodName(replicaId(settings));
                lease.setClusterLabels(labels(settings.required("cluster.kubernetes.labels")));
                context.addService(lease);
                return ClusteredRoutePolicy.forNamespace(lease, NAMESPACE);
            default:
                throw new ConfigurationException("cluster.mode", "must be none, file, kubernetes or kafka, was '" + mode + "'");
        }
    }

    /** Whether this replica leads now, under the policy {@link #policy} made. */
    public static BooleanSupplier leads(RoutePolicy policy) {
        return policy instanceof ClusteredRoutePolicy clustered ? clustered::isLeader : () -> true;
    }

    static Map<String, String> labels(String csv) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String pair : csv.split(",")) {
            String[] kv = pair.trim().split("=", 2);
            if (kv.length != 2 || kv[0].isBlank()) {
                throw new ConfigurationException("cluster.kubernetes.labels", "must be key=value pairs, was '" + csv + "'");
            }
            labels.put(kv[0].trim(), kv[1].trim());
        }
        return labels;
    }

    /** This replica's name: {@code cluster.id}, else the host name and the process id. */
    private static String replicaId(Settings settings) throws Exception {
        return settings.optional("cluster.id").orElse(defaultId());
    }

    private static String defaultId() throws Exception {
        return InetAddress.getLocalHost().getHostName() + "-" + ProcessHandle.current().pid();
    }
}
