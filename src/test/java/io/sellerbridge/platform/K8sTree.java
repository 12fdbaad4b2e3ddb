package io.sellerbridge.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * Every Kustomize file of the repository (under k8s/, and routes/kustomization.yaml), parsed: kustomization.yaml files
 * as Kustomizations or Components (only the fields this project may use), every other document with fabric8's
 * Kubernetes model, strictly: an unknown apiVersion/kind or a field the model does not know (a typo such as
 * {@code livenesProbe}) is an error, not a silently dropped value. The operators' kinds this project ships
 * (Prometheus Operator, Strimzi) are read as generic resources.
 * <p>
 * {@link #render} asks kubectl's Kustomize what {@code kubectl apply -k} would send: the tests see exactly what Argo
 * CD, Flux or a person applies, from the repository as it is in Git.
 */
final class K8sTree {

    static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Set<String> KUSTOMIZATION_FIELDS = Set.of("apiVersion", "kind", "resources", "components",
            "namespace", "images", "replicas", "patches", "configMapGenerator", "generatorOptions");
    private static final Set<String> GENERATOR_FIELDS = Set.of("name", "behavior", "literals", "files", "envs", "options");
    /** Custom resources of the operators these manifests are written for (their CRDs are not in fabric8's model). */
    private static final Set<String> OPERATOR_KINDS = Set.of("monitoring.coreos.com/v1/ServiceMonitor",
            "monitoring.coreos.com/v1/PrometheusRule", "kafka.strimzi.io/v1beta2/KafkaUser",
            "kafka.strimzi.io/v1beta2/KafkaTopic");

    /** The repository. */
    private final Path root;
    /** directory (relative to the repository) of each kustomization.yaml, to its fields */
    final Map<Path, Map<String, Object>> kustomizations = new TreeMap<>();
    /** every other YAML file (relative to the repository), to the resources it holds */
    final Map<Path, List<HasMetadata>> manifests = new TreeMap<>();
    /** files that do not parse, or parse to something unknown */
    final List<String> errors = new ArrayList<>();
    /** files changed in memory (tests break copies), written over the repository's when rendering */
    private final Map<Path, String> edits = new TreeMap<>();

    private K8sTree(Path root) {
        this.root = root;
    }

    /** The Kustomize files of the repository at {@code repo}. */
    static K8sTree load(Path repo) {
        K8sTree tree = new K8sTree(repo);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(repo.resolve("k8s"))) {
            walk.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().matches(".*\\.ya?ml")).forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.add(repo.resolve("routes").resolve("kustomization.yaml"));
        for (Path f : files.stream().sorted().toList()) {
            try {
                tree.parse(repo.relativize(f), Files.readString(f, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tree;
    }

    /** Replaces one file (relative to the repository) in memory, as if it were so in Git. */
    K8sTree add(Path path, String content) {
        edits.put(path, content);
        String name = path.getFileName().toString();
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            errors.removeIf(e -> e.startsWith(path + ":") || e.startsWith(path + " ("));
            parse(path, content);
        }
        return this;
    }

    private void parse(Path path, String yaml) {
        String name = path.getFileName().toString();
        if (name.equals("kustomization.yaml") || name.equals("kustomization.yml")) {
            parseKustomization(path, yaml);
        } else {
            manifests.put(path, parseManifests(path, yaml, errors));
        }
    }

    private void parseKustomization(Path path, String yaml) {
        Map<String, Object> k;
        try {
            k = YAML.readValue(yaml, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            errors.add(path + ": not YAML: " + e.getMessage());
            return;
        }
        if (k == null) {
            errors.add(path + ": empty");
            return;
        }
        boolean kustomization = "kustomize.config.k8s.io/v1beta1".equals(k.get("apiVersion")) && "Kustomization".equals(k.get("kind"));
        boolean component = "kustomize.config.k8s.io/v1alpha1".equals(k.get("apiVersion")) && "Component".equals(k.get("kind"));
        if (!kustomization && !component) {
            errors.add(path + ": not a kustomize.config.k8s.io/v1beta1 Kustomization or v1alpha1 Component");
        }
        for (String field : k.keySet()) {
            if (!KUSTOMIZATION_FIELDS.contains(field)) {
                errors.add(path + ": field " + field + " is unknown or not supported by these checks");
            }
        }
        for (Map<String, Object> g : maps(k.get("configMapGenerator"))) {
            for (String field : g.keySet()) {
                if (!GENERATOR_FIELDS.contains(field)) {
                    errors.add(path + ": configMapGenerator " + g.get("name") + ": field " + field + " is not supported");
                }
            }
        }
        kustomizations.put(parentOf(path), k);
    }

    private static List<HasMetadata> parseManifests(Path path, String yaml, List<String> errors) {
        List<HasMetadata> resources = new ArrayList<>();
        int index = 0;
        for (String doc : yaml.split("(?m)^---\\s*$")) {
            index++;
            String where = path + (index > 1 ? " (document " + index + ")" : "");
            if (doc.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
                continue; // comments only
            }
            Map<String, Object> raw;
            try {
                raw = YAML.readValue(doc, new TypeReference<LinkedHashMap<String, Object>>() { });
            } catch (IOException e) {
                errors.add(where + ": not YAML: " + e.getMessage());
                continue;
            }
            if (raw == null) {
                continue; // comments only
            }
            Object apiVersion = raw.get("apiVersion");
            Object kind = raw.get("kind");
            if (OPERATOR_KINDS.contains(apiVersion + "/" + kind)) {
                resources.add(SERIALIZATION.unmarshal(doc, GenericKubernetesResource.class));
                continue;
            }
            Class<? extends KubernetesResource> type = apiVersion instanceof String a && kind instanceof String k
                    ? SERIALIZATION.getRegisteredKubernetesResource(a, k) : null;
            if (type == null || !HasMetadata.class.isAssignableFrom(type)) {
                errors.add(where + ": unknown kind " + apiVersion + "/" + kind);
                continue;
            }
            try {
                HasMetadata resource = (HasMetadata) SERIALIZATION.unmarshal(doc, type);
                List<String> unknown = new ArrayList<>();
                unknownFields(resource, kind.toString(), unknown, 0);
                unknown.forEach(u -> errors.add(where + ": unknown field " + u));
                resources.add(resource);
            } catch (RuntimeException e) {
                errors.add(where + ": does not parse as " + kind + ": " + e.getMessage());
            }
        }
        if (resources.isEmpty() && errors.stream().noneMatch(e -> e.startsWith(path.toString()))) {
            errors.add(path + ": holds no Kubernetes resource");
        }
        return resources;
    }

    /** The model keeps fields it does not know in additionalProperties; any there is a typo or a wrong level. */
    private static void unknownFields(Object o, String at, List<String> unknown, int depth) {
        if (o == null || depth > 40) {
            return;
        }
        if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object e : c) {
                unknownFields(e, at + "[" + i++ + "]", unknown, depth + 1);
            }
            return;
        }
        if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> unknownFields(v, at + "." + k, unknown, depth + 1));
            return;
        }
        if (!o.getClass().getName().startsWith("io.fabric8.")) {
            return;
        }
        for (Class<?> c = o.getClass(); c != null && c.getName().startsWith("io.fabric8."); c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                Object value;
                try {
                    f.setAccessible(true);
                    value = f.get(o);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    continue;
                }
                if (f.getName().equals("additionalProperties")) {
                    if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                        extra.keySet().forEach(k -> unknown.add(at + "." + k));
                    }
                } else {
                    unknownFields(value, at + "." + f.getName(), unknown, depth + 1);
                }
            }
        }
    }

    /** Secrets and other files no kustomization lists: templates, never applied. */
    List<HasMetadata> unreferenced() {
        Set<Path> listed = new java.util.HashSet<>();
        kustomizations.forEach((dir, k) -> strings(k.get("resources"))
                .forEach(r -> listed.add(dir.resolve(r).normalize())));
        List<HasMetadata> out = new ArrayList<>();
        manifests.forEach((file, resources) -> {
            if (!listed.contains(file) && !isPatch(file)) {
                out.addAll(resources);
            }
        });
        return out;
    }

    private boolean isPatch(Path file) {
        return kustomizations.entrySet().stream().anyMatch(e -> maps(e.getValue().get("patches")).stream()
                .anyMatch(p -> p.get("path") != null && e.getKey().resolve(p.get("path").toString()).normalize().equals(file)));
    }

    /** What {@code kubectl apply -k root/dir} would apply (names without hash suffixes), and what went wrong. */
    record Rendered(Path dir, List<HasMetadata> resources, List<String> errors) {

        <T extends HasMetadata> List<T> all(Class<T> type) {
            return resources.stream().filter(type::isInstance).map(type::cast).toList();
        }

        <T extends HasMetadata> T named(Class<T> type, String name) {
            return all(type).stream().filter(r -> name.equals(r.getMetadata().getName())).findFirst().orElse(null);
        }
    }

    /**
     * What {@code kubectl apply -k <dir>} would apply, rendered by kubectl's own Kustomize from a copy of the
     * repository's k8s/ and routes/ with this tree's edits (generated names without their hash suffix), and what went
     * wrong. Without kubectl on the PATH, an error says so.
     */
    Rendered render(Path dir) {
        Path kubectl = kubectl();
        if (kubectl == null) {
            return new Rendered(dir, List.of(), List.of(dir + ": kubectl is not installed"));
        }
        try {
            Path copy = Files.createTempDirectory("k8s-render-");
            try {
                materialize(copy);
                Process p = new ProcessBuilder(kubectl.toString(), "kustomize", copy.resolve(dir).toString())
                        .redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
                    return new Rendered(dir, List.of(), List.of(dir + ": kubectl kustomize failed: "
                            + out.replace(copy.toString(), "").strip()));
                }
                List<String> problems = new ArrayList<>();
                return new Rendered(dir, parseRendered(withoutHashSuffixes(out), problems), problems);
            } finally {
                deleteTree(copy);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The repository's k8s/ and routes/ (every file, links followed), then the edited files over them. */
    private void materialize(Path copy) throws IOException {
        for (String top : List.of("k8s", "routes")) {
            Path from = root.resolve(top);
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path f : walk.filter(Files::isRegularFile).toList()) {
                    Path to = copy.resolve(root.relativize(f));
                    Files.createDirectories(to.getParent());
                    Files.copy(f, to);
                }
            }
        }
        Files.copy(root.resolve("application.properties"), copy.resolve("application.properties"));
        for (Map.Entry<Path, String> edit : edits.entrySet()) {
            Path to = copy.resolve(edit.getKey());
            Files.createDirectories(to.getParent());
            Files.writeString(to, edit.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** kustomize's generated names, seller-bridge-env-ttgbm649kg -> seller-bridge-env, wherever they stand. */
    private static String withoutHashSuffixes(String yaml) {
        java.util.regex.Matcher generated = java.util.regex.Pattern
                .compile("(?m)^  name: ((seller-bridge-[a-z-]+)-[a-z0-9]{10})$").matcher(yaml);
        Map<String, String> names = new TreeMap<>();
        while (generated.find()) {
            names.put(generated.group(1), generated.group(2));
        }
        for (Map.Entry<String, String> n : names.entrySet()) {
            yaml = yaml.replace(n.getKey(), n.getValue());
        }
        return yaml;
    }

    private List<HasMetadata> parseRendered(String yaml, List<String> problems) {
        List<HasMetadata> out = new ArrayList<>();
        for (String doc : yaml.split("(?m)^---\\s*$")) {
            if (doc.isBlank()) {
                continue;
            }
            out.addAll(parseManifests(Path.of("(rendered)"), doc, problems));
        }
        return out;
    }

    static Path kubectl() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "kubectl");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object list) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (list instanceof List<?> l) {
            l.stream().filter(Map.class::isInstance).forEach(m -> out.add((Map<String, Object>) m));
        }
        return out;
    }

    static List<String> strings(Object list) {
        List<String> out = new ArrayList<>();
        if (list instanceof List<?> l) {
            l.forEach(s -> out.add(String.valueOf(s)));
        }
        return out;
    }

    private static Path parentOf(Path path) {
        return path.getParent() == null ? Path.of("") : path.getParent();
    }
}
