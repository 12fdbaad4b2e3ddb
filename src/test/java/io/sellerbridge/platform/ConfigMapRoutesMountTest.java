package io.sellerbridge.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * k8s/base mounts the routes ConfigMap as the directory /app/routes. The kubelet lays such a volume out as a
 * timestamped directory, a {@code ..data} link to it and one link per key; Camel's pattern
 * {@code file:routes/*.camel.yaml} must find each route exactly once there, or the bundle would load none or a route
 * twice (duplicate route ids).
 */
class ConfigMapRoutesMountTest {

    @Test
    void camelFindsEachRouteOnceInAConfigMapVolume(@TempDir Path tmp) throws Exception {
        BundleFacts bundle = BundleFacts.load(BundleFacts.repo());
        Path routes = tmp.resolve("routes");
        Path version = routes.resolve("..2026_11_29_13_00_00.123456789");
        Files.createDirectories(version);
        for (var route : bundle.routes.entrySet()) {
            Files.writeString(version.resolve(route.getKey()), route.getValue(), StandardCharsets.UTF_8);
        }
        Files.createSymbolicLink(routes.resolve("..data"), version.getFileName());
        for (String file : bundle.routes.keySet()) {
            Files.createSymbolicLink(routes.resolve(file), Path.of("..data", file));
        }

        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.build();
            List<String> found = PluginHelper.getPackageScanResourceResolver(context)
                    .findResources("file:" + routes + "/*.camel.yaml").stream()
                    .map(Resource::getLocation)
                    .map(location -> location.substring(location.lastIndexOf('/') + 1))
                    .sorted().toList();
            assertEquals(List.copyOf(bundle.routes.keySet()), found);
        }
    }
}
