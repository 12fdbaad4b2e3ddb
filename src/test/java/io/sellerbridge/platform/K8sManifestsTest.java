package io.sellerbridge.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.sellerbridge.config.Settings;
import io.sellerbridge.kafka.KafkaStateConfiguration;
import io.sellerbridge.kafka.TopicProvisioner;
import io.sellerbridge.testing.BundleProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * k8s/ against the bundle, as Argo CD, Flux or a person would apply it: rendered by kubectl's Kustomize from the
 * repository as it is in Git (no build step, no copy), every source file parsed strictly with fabric8's model, and
 * the base and every overlay checked by {@link K8sChecks}. Each check is shown to fail on a broken copy of the real
 * files. kubectl is on the build machines; without it the tests that render are skipped.
 */
class K8sManifestsTest {

    private static final Path BASE = Path.of("k8s", "base");
    private static final Path EXAMPLE = Path.of("k8s", "overlays", "example");
    private static final Path SHARDED = Path.of("k8s", "overlays", "sharded");
    private static final Path STRIMZI = Path.of("k8s", "overlays", "strimzi");
    private static final Path STRIMZI_KAFKA = Path.of("k8s", "overlays", "strimzi", "kafka");

    private static Path repo;
    private static BundleFacts bundle;

    @BeforeAll
    static void load() {
        repo = BundleFacts.repo();
        bundle = BundleFacts.load(repo);
    }

    /** Rendering needs kubectl (on the build machines; .ci/run says when it is missing); parsing does not. */
    private static void kubectlInstalled() {
        assumeTrue(K8sTree.kubectl() != null, "kubectl is not installed");
    }

    @Test
    void everyYamlFileParsesAsAKnownKind() {
        K8sTree tree = K8sTree.load(repo);
        assertEquals(List.of(), tree.errors);
        assertEquals(new TreeSet<>(List.of(BASE, Path.of("k8s", "components", "monitoring"),
                Path.of("k8s", "components", "kafka-sharding"), EXAMPLE, SHARDED, STRIMZI, STRIMZI_KAFKA,
                Path.of("routes"))), tree.kustomizations.keySet());
        List<String> kinds = tree.manifests.values().stream().flatMap(List::stream).map(HasMetadata::getKind).sorted().toList();
        assertEquals(List.of("Deployment", "Deployment", "Deployment", "HorizontalPodAutoscaler", "KafkaTopic", "KafkaTopic",
                "KafkaTopic", "KafkaTopic", "KafkaTopic", "KafkaTopic", "KafkaTopic", "KafkaTopic", "KafkaUser", "KafkaUser", "NetworkPolicy", "PodDisruptionBudget", "PrometheusRule", "Role",
                "RoleBinding", "Secret", "Service", "Service", "ServiceAccount", "ServiceMonitor"), kinds);
    }

    @Test
    void theBaseAndEveryOverlayMatchTheBundle() throws IOException {
        kubectlInstalled();
        K8sTree tree = K8sTree.load(repo);
        List<Path> roots = new ArrayList<>(List.of(BASE));
        try (Stream<Path> overlays = Files.list(repo.resolve("k8s").resolve("overlays"))) {
            overlays.filter(d -> Files.isRegularFile(d.resolve("kustomization.yaml"))).sorted()
                    .forEach(d -> roots.add(repo.relativize(d)));
        }
        assertEquals(List.of(BASE, EXAMPLE, SHARDED, STRIMZI), roots);
        for (Path root : roots) {
            assertEquals(List.of(), K8sChecks.all(bundle, tree, root), "violations in " + root);
        }
    }

    @Test
    void kubectlRendersTheOverlaysFromTheRepositoryItselfAndTheConfigMapsAreTheFilesOpsEdit() throws Exception {
        kubectlInstalled();
        for (Path overlay : List.of(EXAMPLE, SHARDED, STRIMZI, STRIMZI_KAFKA)) {
            Process p = new ProcessBuilder(K8sTree.kubectl().toString(), "kustomize", overlay.toString())
                    .directory(repo.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), overlay + ": " + out);
        }
        // one file, two names: the top-level application.properties is the one the ConfigMap is generated from
        assertTrue(Files.isSameFile(repo.resolve("application.properties"), repo.resolve(BASE).resolve("application.properties")));
        K8sTree.Rendered base = K8sTree.load(repo).render(BASE);
        assertEquals(List.of(), base.errors());
        assertEquals(bundle.propertiesText, base.named(ConfigMap.class, "seller-bridge-properties").getData().get("application.properties"));
        assertEquals(bundle.routes, new TreeMap<>(base.named(ConfigMap.class, "seller-bridge-routes").getData()));
        // no second copy of a route file anywhere under k8s/
        try (Stream<Path> all = Files.walk(repo.resolve("k8s"))) {
            assertEquals(List.of(), all.filter(f -> f.getFileName().toString().endsWith(".camel.yaml")).toList());
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
        assertTrue(bundle.isKnownEnv("CAMEL_COMPONENT_KAFKA_SASL_JAAS_CONFIG"), "Camel's Kafka options from the environment");
        assertTrue(!bundle.isKnownEnv("CAMEL_COMPONENT_KAFKA_SASL_JASS_CONFIG"), "a misspelt one is not");
        assertTrue(BundleFacts.isSecretName("CAMEL_COMPONENT_KAFKA_SASL_JAAS_CONFIG"));
        assertTrue(!BundleFacts.isSecretName("CAMEL_COMPONENT_KAFKA_SSL_KEYSTORE_LOCATION"));
    }

    @Test
    void theExampleOverlayChangesWhatItSays() {
        kubectlInstalled();
        K8sTree.Rendered example = K8sTree.load(repo).render(EXAMPLE);
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
        assertEquals("log4j2-json.properties", env.get("LOG4J_CONFIGURATION_FILE"));
        assertTrue(example.resources().stream().anyMatch(r -> r.getKind().equals("PrometheusRule")), "the monitoring component");
        assertEquals(Map.of(), nullSafeMap(example.named(Service.class, "seller-bridge").getMetadata().getAnnotations()),
                "with a ServiceMonitor, no scrape annotations: the pods would be scraped twice");
        // the base itself is untouched
        K8sTree.Rendered baseRendered = K8sTree.load(repo).render(BASE);
        assertEquals("true", baseRendered.named(Service.class, "seller-bridge").getMetadata().getAnnotations().get("prometheus.io/scrape"));
        Deployment base = baseRendered.named(Deployment.class, "seller-bridge");
        assertEquals(1, base.getSpec().getReplicas());
        assertEquals("seller-bridge", base.getSpec().getTemplate().getSpec().getContainers().get(0).getImage());
    }

    @Test
    void theShardedOverlaySharesTheSellersOutThroughAKafkaGroupAndLeavesTheCountToTheAutoscaler() {
        kubectlInstalled();
        K8sTree.Rendered sharded = K8sTree.load(repo).render(SHARDED);
        assertEquals(List.of(), sharded.errors());
        assertEquals("kafka", sharded.named(ConfigMap.class, "seller-bridge-env").getData().get("SELLER_BRIDGE_CLUSTER_MODE"));
        Deployment d = sharded.named(Deployment.class, "seller-bridge");
        assertEquals(null, d.getSpec().getReplicas(), "no count in Git to fight the autoscaler");
        io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler hpa = sharded.named(
                io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler.class, "seller-bridge");
        assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
        assertEquals("seller-bridge", hpa.getSpec().getScaleTargetRef().getName());
        assertTrue(hpa.getSpec().getMinReplicas() >= 2, "one replica may die");
        // 60 divides evenly among the replica counts the autoscaler may choose up to its maximum
        assertEquals(0, 60 % hpa.getSpec().getMaxReplicas());
        // each replica is named by its pod in logs, metrics and the group
        Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals("metadata.name", c.getEnv().stream().filter(e -> e.getName().equals("SELLER_BRIDGE_REPLICA")).findFirst()
                .orElseThrow().getValueFrom().getFieldRef().getFieldPath());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theStrimziOverlayDeclaresEveryTopicAsTheBundleWouldCreateItAndCreatesNone() {
        kubectlInstalled();
        // with the replicas' control topic, which cluster.mode = kafka needs
        Settings settings = BundleProperties.settings(Map.of("cluster.mode", "kafka"));
        Map<String, Map<String, Object>> declared = new TreeMap<>();
        K8sTree.Rendered kafka = K8sTree.load(repo).render(STRIMZI_KAFKA);
        assertEquals(List.of(), kafka.errors());
        kafka.all(GenericKubernetesResource.class).stream().filter(r -> r.getKind().equals("KafkaTopic"))
                .forEach(t -> declared.put(t.getMetadata().getName(), (Map<String, Object>) t.getAdditionalProperties().get("spec")));
        Map<String, String> expected = new TreeMap<>();
        for (TopicProvisioner.TopicSpec spec : KafkaStateConfiguration.topics(settings)) {
            expected.put(spec.name(), spec.partitions() + (spec.compacted() ? " compact" : " delete")
                    + new TreeMap<>(spec.configs()));
        }
        Map<String, String> actual = new TreeMap<>();
        declared.forEach((name, spec) -> {
            Map<String, Object> config = (Map<String, Object>) spec.get("config");
            Map<String, String> extra = new TreeMap<>();
            // the buyer-data topic's compaction settings must be the bundle's (the others' extras are the platform's)
            List.of("max.compaction.lag.ms", "delete.retention.ms").stream()
                    .filter(k -> name.equals("amazon.order-pii.v1") && config.containsKey(k))
                    .forEach(k -> extra.put(k, String.valueOf(config.get(k))));
            actual.put(name, spec.get("partitions") + " " + config.get("cleanup.policy") + extra);
        });
        assertEquals(expected, actual);
        Map<String, String> env = K8sTree.load(repo).render(STRIMZI).named(ConfigMap.class, "seller-bridge-env").getData();
        assertEquals("false", env.get("KAFKA_TOPICS_CREATE"));
        assertEquals("SASL_SSL", env.get("CAMEL_COMPONENT_KAFKA_SECURITY_PROTOCOL"));
        assertEquals("SCRAM-SHA-512", env.get("CAMEL_COMPONENT_KAFKA_SASL_MECHANISM"));
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
        String kustomization = "k8s/base/kustomization.yaml";
        String deployment = "k8s/base/deployment.yaml";
        String template = "k8s/base/secret.example.yaml";
        String overlay = "k8s/overlays/example/kustomization.yaml";
        String routes = "routes/kustomization.yaml";
        return List.of(
                // parsing
                manifest("typo in a field name", BASE, deployment, "livenessProbe:", "livenesProbe:", "unknown field"),
                manifest("field at the wrong level", BASE, deployment, "          imagePullPolicy: IfNotPresent",
                        "          imagePullPolicy: IfNotPresent\n          replicas: 2", "unknown field"),
                manifest("unknown kind", BASE, deployment, "kind: Deployment", "kind: Deploymnet", "unknown kind"),
                manifest("not YAML", BASE, deployment, "spec:\n  replicas: 1", "spec:\n  replicas: [1", "not YAML"),
                manifest("unsupported kustomization field", BASE, kustomization, "resources:",
                        "commonLabels:\n  a: b\nresources:", "field commonLabels"),
                manifest("a resource that does not exist", BASE, kustomization, "  - networkpolicy.yaml\n",
                        "  - networkpolicy.yaml\n  - podmonitor.yaml\n", "kubectl kustomize failed"),
                // environment and secrets
                manifest("a required {{env:}} not provided", BASE, kustomization,
                        "      - SPAPI_MAIN_SELLER_ID=SET-IN-OVERLAY\n", "", "the container does not get SPAPI_MAIN_SELLER_ID"),
                manifest("a credential in the ConfigMap", BASE, kustomization, "      - KAFKA_BOOTSTRAP_SERVERS=kafka:9092\n",
                        "      - KAFKA_BOOTSTRAP_SERVERS=kafka:9092\n      - SPAPI_MAIN_LWA_CLIENT_SECRET=x\n",
                        "SPAPI_MAIN_LWA_CLIENT_SECRET is a credential"),
                manifest("a credential as a literal env", BASE, deployment, "          env:\n",
                        "          env:\n            - name: MWS_MAIN_SECRET_KEY\n              value: x\n",
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
                manifest("Service to another port", BASE, "k8s/base/service.yaml", "targetPort: management", "targetPort: 8080",
                        "targetPort 8080"),
                manifest("Service selecting nothing", BASE, "k8s/base/service.yaml", "  selector:\n    app.kubernetes.io/name: seller-bridge",
                        "  selector:\n    app.kubernetes.io/name: seller-bridges", "does not select the pods"),
                manifest("Prometheus on another path", BASE, "k8s/base/service.yaml", "/observe/metrics", "/metrics",
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
                manifest("an overlay patch below the request", EXAMPLE, "k8s/overlays/example/deployment-resources.yaml",
                        "memory: 1Gi", "memory: 512Mi", "is below the request"),
                manifest("grace period shorter than the shutdown timeout", BASE, deployment,
                        "terminationGracePeriodSeconds: 75", "terminationGracePeriodSeconds: 30", "camel.main.shutdown-timeout 60"),
                // configuration from the top-level files
                manifest("a route file not listed", BASE, routes, "      - mws-orders.camel.yaml\n", "",
                        "lacks route files [mws-orders.camel.yaml]"),
                manifest("a file from outside the kustomization root", BASE, kustomization, "      - application.properties",
                        "      - ../../application.properties", "is not in or below"),
                manifest("properties not mounted where the bundle reads them", BASE, deployment,
                        "mountPath: /app/application.properties", "mountPath: /etc/application.properties",
                        "/app/application.properties is not mounted"),
                manifest("an argument overriding the mounts", BASE, deployment, "          imagePullPolicy: IfNotPresent",
                        "          imagePullPolicy: IfNotPresent\n          args: [\"--routes=/x/*.yaml\"]", "command/args set"),
                manifest("properties generated from another file", BASE, kustomization, "      - application.properties",
                        "      - application.properties=deployment.yaml", "is not the top-level application.properties"),
                // leader election RBAC, image
                manifest("no create on leases", BASE, "k8s/base/role.yaml", "\"get\", \"list\", \"watch\", \"create\",",
                        "\"get\", \"list\", \"watch\",", "may only [get, list, patch, update, watch] leases"),
                manifest("pods not listable", BASE, "k8s/base/role.yaml", "resources: [\"pods\"]", "resources: [\"services\"]",
                        "cannot get and list pods"),
                manifest("the pod runs as another ServiceAccount", BASE, deployment, "serviceAccountName: seller-bridge",
                        "serviceAccountName: default", "serviceAccountName default"),
                manifest("an image the overlay does not replace", BASE, deployment, "image: seller-bridge", "image: sellerbridge",
                        "not the repository Jib builds"),
                manifest("an overlay images: entry that matches nothing", EXAMPLE, overlay, "  - name: seller-bridge\n    newName",
                        "  - name: seller-bridge-app\n    newName", "matches no container image"),
                manifest("an overlay patch for a missing Deployment", EXAMPLE, "k8s/overlays/example/deployment-resources.yaml",
                        "  name: seller-bridge", "  name: seller-bridge-v2", "kubectl kustomize failed"),
                // operations
                manifest("no disruption budget", BASE, kustomization, "  - poddisruptionbudget.yaml\n", "",
                        "no PodDisruptionBudget selects the pods"),
                manifest("a budget that blocks every drain", BASE, "k8s/base/poddisruptionbudget.yaml",
                        "maxUnavailable: 1", "minAvailable: 1", "sets minAvailable"),
                manifest("replicas not spread", BASE, deployment, "topologyKey: kubernetes.io/hostname",
                        "topologyKey: topology.kubernetes.io/zone", "not spread across nodes"),
                manifest("no network policy", BASE, kustomization, "  - networkpolicy.yaml\n", "",
                        "no NetworkPolicy selects the pods"),
                manifest("the network open on another port", BASE, "k8s/base/networkpolicy.yaml",
                        "      ports:\n        - port: management", "      ports:\n        - port: 8080", "lets traffic in on port 8080"),
                manifest("no way to Kafka", BASE, "k8s/base/networkpolicy.yaml", "- port: 9092", "- port: 9095",
                        "no traffic out to port 9092"),
                manifest("a ServiceMonitor on another path", EXAMPLE, "k8s/components/monitoring/servicemonitor.yaml",
                        "path: /observe/metrics", "path: /metrics", "ServiceMonitor seller-bridge path /metrics"),
                manifest("scraped twice: annotations beside the ServiceMonitor", EXAMPLE, "k8s/components/monitoring/kustomization.yaml",
                        "      - op: remove\n        path: /metadata/annotations/prometheus.io~1scrape\n", "",
                        "beside a ServiceMonitor: every series twice"),
                manifest("an overlay without JSON logs", EXAMPLE, overlay, "      - LOG4J_CONFIGURATION_FILE=log4j2-json.properties\n",
                        "", "does not switch JSON logs on"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("broken")
    void eachCheckFailsOnABrokenCopy(Broken broken) throws IOException {
        kubectlInstalled();
        K8sTree tree = K8sTree.load(repo);
        if (broken.file() != null) {
            String original = Files.readString(repo.resolve(broken.file()), StandardCharsets.UTF_8);
            tree.add(Path.of(broken.file()), broken.edit().apply(original));
        }
        BundleFacts facts = bundle.withProperties(broken.properties().apply(bundle.propertiesText));
        List<String> violations = K8sChecks.all(facts, tree, broken.root());
        assertTrue(violations.stream().anyMatch(v -> v.contains(broken.expected())),
                "expected a violation containing <" + broken.expected() + ">, got " + violations);
    }

    private static Map<String, String> nullSafeMap(Map<String, String> m) {
        return m == null ? Map.of() : m;
    }
}
