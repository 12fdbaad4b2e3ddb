package io.sellerbridge.config;

import org.apache.camel.CamelContext;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.cluster.ClusteredRoutePolicy;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.support.RoutePolicySupport;

import java.net.InetAddress;
import java.util.concurrent.TimeUnit;

/**
 * Which replica polls: with several replicas only the leader runs the schedules, so Amazon sees one caller per
 * seller and its quotas are not shared by copies. {@code none}: this process is the only one; {@code file}: the
 * holder of a lock file under a shared directory leads (Camel's FileLockClusterService); when it dies, the OS
 * releases the lock and another replica takes over from the committed checkpoints.
 */
public final class Leadership {

    public static final String NAMESPACE = "seller-bridge-pollers";

    private Leadership() {
    }

    public static RoutePolicy policy(CamelContext context, Settings settings) throws Exception {
        String mode = settings.optional("cluster.mode").orElse("none");
        switch (mode) {
            case "none":
                return new RoutePolicySupport() {
                };
            case "file":
                FileLockClusterService service = new FileLockClusterService();
                service.setId(settings.optional("cluster.id").orElse(defaultId()));
                service.setRoot(settings.required("cluster.file.root"));
                // how soon a replica notices that the leader's lock was released
                service.setAcquireLockInterval(settings.duration("cluster.file.acquire-lock-interval",
                        java.time.Duration.ofSeconds(5)).toMillis(), TimeUnit.MILLISECONDS);
                context.addService(service);
                return ClusteredRoutePolicy.forNamespace(service, NAMESPACE);
            default:
                throw new ConfigurationException("cluster.mode", "must be none or file, was '" + mode + "'");
        }
    }

    private static String defaultId() throws Exception {
        return InetAddress.getLocalHost().getHostName() + "-" + ProcessHandle.current().pid();
    }
}
