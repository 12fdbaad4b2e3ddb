package io.sellerbridge.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * k8s/ against the bundle, with no kubectl or kustomize: every YAML parses with fabric8's model, and the base and
 * every overlay pass {@link K8sChecks}. Each check is shown to fail on a broken copy of the real files.
 */
class K8sManifestsTest {

    private static final Path BASE = Path.of("base");
    private static final Path EXAMPLE = Path.of("overlays", "example");

    private static Path repo;
    private static Path k8s;
    private static BundleFacts bundle;

    @BeforeAll
    static void load() {
        repo = BundleFacts.repo();
        k8s = repo.resolve("k8s");
        bundle = BundleFacts.load(repo);
    }

    @Test
    void everyYamlFileParsesAsAKnownKind() {
        K8sTree tree = K8sTree.load(k8s);
        assertEquals(List.of(), tree.errors);
        assertEquals(new TreeSet<>(List.of(BASE, EXAMPLE)), tree.kustomizations.keySet());
        // one document per file here; the kinds the deployment consists of
        List<String> kinds = tree.manifests.values().stream().flatMap(List::stream).map(HasMetadata::getKind).sorted().toList();
        assertEquals(List.of("Deployment", "Deployment", "Role", "RoleBinding", "Secret", "Service", "ServiceAccount"), kinds);
    }

    @Test
    void theBaseAndEveryOverlayMatchTheBundle() throws IOException {
        K8sTree tree = K8sTree.load(k8s);
        List<Path> roots = new ArrayList<>(List.of(BASE));
        try (Stream<Path> overlays = Files.list(k8s.resolve("overlays"))) {
            overlays.filter(d -> Files.isRegularFile(d.resolve("kustomization.yaml"))).sorted()
                    .forEach(d -> roots.add(k8s.relativize(d)));
        }
        for (Path root : roots) {
            assertEquals(List.of(), K8sChecks.all(bundle, tree, root), "violations in k8s/" + root);
        }
    }

    @Test
    void theBundleNeedsWhatTheChecksAssume() {
        // the facts the checks compare with, so a change of the bundle shows here first
        assertEquals(9876, bundle.managementPort());
        assertEquals("/observe/health/live", bundle.livenessPath());
        assertEquals("/observe/health/ready", bundle.readinessPath());
        assertEquals("/observe/metrics", bundle.metricsPath());
        assertTrue(bundle.requiredEnv().containsAll(List.of("SPAPI_MAIN_SELLER_ID", "SPAPI_MAIN_LWA_CLIENT_ID",
                "SPAPI_MAIN_LWA_CLIENT_SECRET", "SPAPI_MAIN_LWA_REFRESH_TOKEN")), bundle.requiredEnv().toString());
        assertTrue(bundle.secretEnv().containsAll(List.of("SPAPI_MAIN_LWA_CLIENT_SECRET", "MWS_MAIN_SECRET_KEY")));
        assertTrue(!bundle.secretEnv().contains("SPAPI_MAIN_SELLER_ID"));
    }

    @Test
    void theGeneratedConfigIsTheTopLevelFiles() throws IOException {
        // pom.xml (k8s-config) copies them before the tests; nothing else may be in there
        Path config = k8s.resolve(K8sTree.GENERATED_CONFIG);
        assertEquals(bundle.propertiesText, Files.readString(config.resolve("application.properties"), StandardCharsets.UTF_8));
        Map<String, String> copies = new TreeMap<>();
        try (Stream<Path> files = Files.list(config.resolve("routes"))) {
            for (Path f : files.toList()) {
                copies.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        assertEquals(bundle.routes, copies);
        try (Stream<Path> all = Files.list(config)) {
            assertEquals(List.of("application.properties", "routes"),
                    all.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void theExampleOverlayChangesWhatItSays() {
        K8sTree.Rendered example = K8sTree.load(k8s).render(EXAMPLE);
        assertEquals(List.of(), example.errors());
        example.resources().forEach(r -> assertEquals("integration", r.getMetadata().getNamespace(), r.getKind()));
        Deployment d = example.named(Deployment.class, "seller-bridge");
        assertNotNull(d);
        assertEquals(2, d.getSpec().getReplicas());
        Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals("registry.example.com/integration/seller-bridge:0.1.0", c.getImage());
        assertEquals(new Quantity("1Gi"), c.getResources().getLimits().get("memory"));
        // the patch merges into the container: probes, mounts and security context stay
        assertNotNull(c.getReadinessProbe());
        assertEquals(4, c.getVolumeMounts().size(), "properties, routes, tmp, reports");
        Map<String, String> env = example.named(ConfigMap.class, "seller-bridge-env").getData();
        assertEquals("kafka-bootstrap.kafka.svc:9092", env.get("KAFKA_BOOTSTRAP_SERVERS"));
        assertEquals("3", env.get("KAFKA_TOPICS_REPLICATION_FACTOR"));
        // the base itself is untouched
        Deployment base = K8sTree.load(k8s).render(BASE).named(Deployment.class, "seller-bridge");
        assertEquals(1, base.getSpec().getReplicas());
        assertEquals("seller-bridge", base.getSpec().getTemplate().getSpec().getContainers().get(0).getImage());
    }

    // ---- every check fails on a broken copy --------------------------------------------------------------------

    /** One broken variant: which kustomization to check, what to break, what the violation must say. */
    record Broken(String name, Path root, String file, UnaryOperator<String> edit, UnaryOperator<String> properties,
                  String expected) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static Broken manifest(String name, Path root, String file, String from, String to, String expected) {
        return new Broken(name, root, file, text -> replace(file, text, from, to), p -> p, expected);
    }

    private static Broken properties(String name, String from, String to, String expected) {
        return new Broken(name, BASE, null, t -> t, p -> replace("application.properties", p, from, to), expected);
    }

    /** Replaces every occurrence, and fails when there is none: a broken copy must really differ. */
    private static String replace(String file, String text, String from, String to) {
        if (!text.contains(from)) {
            throw new AssertionError(file + " does not contain <" + from + ">: update this test");
        }
        return text.replace(from, to);
    }

    static List<Broken> broken() {
        String kustomization = "base/kustomization.yaml";
        String deployment = "base/deployment.yaml";
        String template = "base/secret.example.yaml";
        String overlay = "overlays/example/kustomization.yaml";
        return List.of(
                // parsing
                manifest("typo in a field name", BASE, deployment, "livenessProbe:", "livenesProbe:", "unknown field"),
                manifest("field at the wrong level", BASE, deployment, "          imagePullPolicy: IfNotPresent",
                        "          imagePullPolicy: IfNotPresent\n          replicas: 2", "unknown field"),
                manifest("unknown kind", BASE, deployment, "kind: Deployment", "kind: Deploymnet", "unknown kind"),
                manifest("not YAML", BASE, deployment, "spec:\n  replicas: 1", "spec:\n  replicas: [1", "not YAML"),
                manifest("unsupported kustomization field", BASE, kustomization, "resources:",
                        "commonLabels:\n  a: b\nresources:", "field commonLabels"),
                // environment and secrets
                manifest("a required {{env:}} not provided", BASE, kustomization,
                        "      - SPAPI_MAIN_SELLER_ID=SET-IN-OVERLAY\n", "", "the container does not get SPAPI_MAIN_SELLER_ID"),
                manifest("a credential in the ConfigMap", BASE, kustomization, "      - KAFKA_BOOTSTRAP_SERVERS=kafka:9092\n",
                        "      - KAFKA_BOOTSTRAP_SERVERS=kafka:9092\n      - SPAPI_MAIN_LWA_CLIENT_SECRET=x\n",
                        "SPAPI_MAIN_LWA_CLIENT_SECRET is a credential"),
                manifest("a credential as a literal env", BASE, deployment, "          envFrom:",
                        "          env:\n            - name: MWS_MAIN_SECRET_KEY\n              value: x\n          envFrom:",
                        "MWS_MAIN_SECRET_KEY is a credential"),
                manifest("a credential missing from the template", BASE, template, "  MWS_MAIN_AUTH_TOKEN: \"\"\n", "",
                        "credential {{env:MWS_MAIN_AUTH_TOKEN}} is missing"),
                manifest("a value in the Secret template", BASE, template, "SPAPI_MAIN_LWA_CLIENT_SECRET: \"\"",
                        "SPAPI_MAIN_LWA_CLIENT_SECRET: \"abc123\"", "holds a value for SPAPI_MAIN_LWA_CLIENT_SECRET"),
                manifest("an environment variable nothing reads", EXAMPLE, overlay, "KAFKA_TOPICS_REPLICATION_FACTOR=3",
                        "KAFKA_TOPIC_REPLICATION_FACTOR=3", "KAFKA_TOPIC_REPLICATION_FACTOR"),
                manifest("no Secret at all", BASE, deployment,
                        "            - secretRef:\n                name: seller-bridge-credentials\n", "", "reads no Secret"),
                // ports, probes, Service
                manifest("another container port", BASE, deployment, "containerPort: 9876", "containerPort: 9877",
                        "does not declare containerPort 9876"),
                manifest("a probe on another port", BASE, deployment,
                        "path: /observe/health/live\n              port: management\n            periodSeconds: 20",
                        "path: /observe/health/live\n              port: 8080\n            periodSeconds: 20",
                        "livenessProbe port 8080"),
                manifest("a probe on another path", BASE, deployment, "/observe/health/ready", "/q/health/ready",
                        "readinessProbe path /q/health/ready"),
                manifest("no startup probe", BASE, deployment, "          startupProbe:\n            httpGet:\n"
                        + "              path: /observe/health/live\n              port: management\n            periodSeconds: 5\n"
                        + "            timeoutSeconds: 3\n            failureThreshold: 36\n", "", "startupProbe missing"),
                manifest("Service to another port", BASE, "base/service.yaml", "targetPort: management", "targetPort: 8080",
                        "targetPort 8080"),
                manifest("Service selecting nothing", BASE, "base/service.yaml", "  selector:\n    app.kubernetes.io/name: seller-bridge",
                        "  selector:\n    app.kubernetes.io/name: seller-bridges", "does not select the pods"),
                manifest("Prometheus on another path", BASE, "base/service.yaml", "/observe/metrics", "/metrics",
                        "prometheus.io/path /metrics"),
                properties("the bundle moves its management port", "camel.management.port = 9876",
                        "camel.management.port = 9000", "is not camel.management.port 9000"),
                properties("the bundle turns its management server off", "camel.management.enabled = true",
                        "camel.management.enabled = false", "camel.management.enabled is not true"),
                properties("the bundle moves its health path", "camel.management.port = 9876",
                        "camel.management.port = 9876\ncamel.management.health-path = /health", "path /observe/health/ready is not Camel's"),
                // security, resources, shutdown
                manifest("root allowed", BASE, deployment, "runAsNonRoot: true", "runAsNonRoot: false", "runAsNonRoot is not true"),
                manifest("writable root file system", BASE, deployment, "readOnlyRootFilesystem: true",
                        "readOnlyRootFilesystem: false", "readOnlyRootFilesystem is not true"),
                manifest("capabilities kept", BASE, deployment, "drop: [\"ALL\"]", "drop: [\"NET_RAW\"]", "do not drop ALL"),
                manifest("no seccomp profile", BASE, deployment, "type: RuntimeDefault", "type: Unconfined", "seccompProfile"),
                manifest("no writable /tmp", BASE, deployment, "mountPath: /tmp", "mountPath: /scratch", "/tmp is not a writable"),
                manifest("no memory limit", BASE, deployment, "              memory: 768Mi\n", "", "limits.memory not set"),
                manifest("an overlay patch below the request", EXAMPLE, "overlays/example/deployment-resources.yaml",
                        "memory: 1Gi", "memory: 512Mi", "is below the request"),
                manifest("grace period shorter than the shutdown timeout", BASE, deployment,
                        "terminationGracePeriodSeconds: 75", "terminationGracePeriodSeconds: 30", "camel.main.shutdown-timeout 60"),
                // configuration from the top-level files
                manifest("a route file not listed", BASE, kustomization, "      - config/routes/mws-orders.camel.yaml\n", "",
                        "lacks route files [mws-orders.camel.yaml]"),
                manifest("a file from outside the kustomization root", BASE, kustomization, "      - config/application.properties",
                        "      - ../../application.properties", "outside the kustomization root"),
                manifest("properties not mounted where the bundle reads them", BASE, deployment,
                        "mountPath: /app/application.properties", "mountPath: /etc/application.properties",
                        "/app/application.properties is not mounted"),
                manifest("an argument overriding the mounts", BASE, deployment, "          imagePullPolicy: IfNotPresent",
                        "          imagePullPolicy: IfNotPresent\n          args: [\"--routes=/x/*.yaml\"]", "command/args set"),
                new Broken("a route edited but not regenerated", BASE, null, t -> t, p -> p, "differs from routes/"),
                properties("properties edited but not regenerated", "spapi.orders.enabled = true",
                        "spapi.orders.enabled = false", "is not the top-level application.properties"),
                // leader election RBAC, image
                manifest("no create on leases", BASE, "base/role.yaml", "\"get\", \"list\", \"watch\", \"create\",",
                        "\"get\", \"list\", \"watch\",", "may only [get, list, patch, update, watch] leases"),
                manifest("pods not listable", BASE, "base/role.yaml", "resources: [\"pods\"]", "resources: [\"services\"]",
                        "cannot get and list pods"),
                manifest("the pod runs as another ServiceAccount", BASE, deployment, "serviceAccountName: seller-bridge",
                        "serviceAccountName: default", "serviceAccountName default"),
                manifest("an image the overlay does not replace", BASE, deployment, "image: seller-bridge", "image: sellerbridge",
                        "not the repository Jib builds"),
                manifest("an overlay images: entry that matches nothing", EXAMPLE, overlay, "  - name: seller-bridge\n    newName",
                        "  - name: seller-bridge-app\n    newName", "matches no container image"),
                manifest("an overlay patch for a missing Deployment", EXAMPLE, "overlays/example/deployment-resources.yaml",
                        "  name: seller-bridge", "  name: seller-bridge-v2", "targets no Deployment seller-bridge-v2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void eachCheckFailsOnABrokenCopy(Broken broken) throws IOException {
        K8sTree tree = K8sTree.load(k8s);
        if (broken.file() != null) {
            String original = Files.readString(k8s.resolve(broken.file()), StandardCharsets.UTF_8);
            tree.add(Path.of(broken.file()), broken.edit().apply(original));
        }
        BundleFacts facts = bundle.withProperties(broken.properties().apply(bundle.propertiesText));
        if (broken.name().equals("a route edited but not regenerated")) {
            Map<String, String> routes = new TreeMap<>(bundle.routes);
            routes.replaceAll((file, content) -> file.equals("spapi-orders.camel.yaml") ? content + "\n# edited\n" : content);
            facts = facts.withRoutes(routes);
        }
        List<String> violations = K8sChecks.all(facts, tree, broken.root());
        assertTrue(violations.stream().anyMatch(v -> v.contains(broken.expected())),
                "expected a violation containing <" + broken.expected() + ">, got " + violations);
    }
}
