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
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * Every YAML file under k8s/, parsed: kustomization.yaml files as Kustomizations (only the fields this project may
 * use), every other document with fabric8's Kubernetes model, strictly: an unknown apiVersion/kind or a field the
 * model does not know (a typo such as {@code livenesProbe}) is an error, not a silently dropped value.
 * <p>
 * {@link #render} then applies the part of Kustomize these manifests use (resources, configMapGenerator, patches as
 * strategic merge by name, images, replicas, namespace), so the checks see what {@code kubectl apply -k} would send,
 * less the generated names' hash suffixes ({@link KustomizeParityTest} compares it with kubectl's Kustomize where
 * kubectl is installed). It is no Kustomize: what it does not know is an error.
 */
final class K8sTree {

    static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** Maven writes this copy of the top-level application.properties and routes/ (pom.xml, k8s-config). */
    static final Path GENERATED_CONFIG = Path.of("base", "config");

    private static final Set<String> KUSTOMIZATION_FIELDS = Set.of("apiVersion", "kind", "resources", "namespace",
            "images", "replicas", "patches", "configMapGenerator", "generatorOptions");
    private static final Set<String> GENERATOR_FIELDS = Set.of("name", "behavior", "literals", "files", "envs");
    /** Strategic-merge keys of the lists these manifests patch; any other list is replaced, as Kustomize does. */
    private static final Map<String, String> MERGE_KEYS = Map.of("containers", "name", "initContainers", "name",
            "env", "name", "volumes", "name", "volumeMounts", "mountPath", "ports", "containerPort",
            "imagePullSecrets", "name");

    final Path root;
    /** directory (relative to root) of each kustomization.yaml, to its fields */
    final Map<Path, Map<String, Object>> kustomizations = new TreeMap<>();
    /** every other YAML file (relative to root), to the resources it holds */
    final Map<Path, List<HasMetadata>> manifests = new TreeMap<>();
    /** files that do not parse, or parse to something unknown */
    final List<String> errors = new ArrayList<>();

    private K8sTree(Path root) {
        this.root = root;
    }

    static K8sTree load(Path root) {
        K8sTree tree = new K8sTree(root);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().matches(".*\\.ya?ml"))
                    .filter(f -> !root.relativize(f).startsWith(GENERATED_CONFIG))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path f : files) {
            try {
                tree.add(root.relativize(f), Files.readString(f, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tree;
    }

    /** Adds one file, as if it were under root at {@code path} (tests add broken ones in memory). */
    K8sTree add(Path path, String yaml) {
        String name = path.getFileName().toString();
        if (name.equals("kustomization.yaml") || name.equals("kustomization.yml")) {
            parseKustomization(path, yaml);
        } else {
            manifests.put(path, parseManifests(path, yaml));
        }
        return this;
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
        if (!"kustomize.config.k8s.io/v1beta1".equals(k.get("apiVersion")) || !"Kustomization".equals(k.get("kind"))) {
            errors.add(path + ": not a kustomize.config.k8s.io/v1beta1 Kustomization");
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

    private List<HasMetadata> parseManifests(Path path, String yaml) {
        List<HasMetadata> resources = new ArrayList<>();
        int index = 0;
        for (String doc : yaml.split("(?m)^---\\s*$")) {
            index++;
            String where = path + (index > 1 ? " (document " + index + ")" : "");
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

    Rendered render(Path dir) {
        List<String> problems = new ArrayList<>();
        List<HasMetadata> out = render(dir, problems, 0);
        return new Rendered(dir, out, problems);
    }

    private List<HasMetadata> render(Path dir, List<String> problems, int depth) {
        Map<String, Object> k = kustomizations.get(dir);
        if (k == null || depth > 10) {
            problems.add(dir + ": no kustomization.yaml");
            return new ArrayList<>();
        }
        List<HasMetadata> out = new ArrayList<>();
        for (String r : strings(k.get("resources"))) {
            Path p = dir.resolve(r).normalize();
            if (kustomizations.containsKey(p)) {
                out.addAll(render(p, problems, depth + 1));
            } else if (manifests.containsKey(p)) {
                manifests.get(p).forEach(m -> out.add(SERIALIZATION.clone(m)));
            } else {
                problems.add(dir + ": resource " + r + " not found");
            }
        }
        for (Map<String, Object> g : maps(k.get("configMapGenerator"))) {
            generateConfigMap(dir, g, out, problems);
        }
        for (Map<String, Object> patch : maps(k.get("patches"))) {
            applyPatch(dir, patch, out, problems);
        }
        for (Map<String, Object> image : maps(k.get("images"))) {
            setImage(dir, image, out, problems);
        }
        for (Map<String, Object> replicas : maps(k.get("replicas"))) {
            Deployment d = out.stream().filter(Deployment.class::isInstance).map(Deployment.class::cast)
                    .filter(x -> Objects.equals(x.getMetadata().getName(), replicas.get("name"))).findFirst().orElse(null);
            if (d == null) {
                problems.add(dir + ": replicas: no Deployment named " + replicas.get("name"));
            } else {
                d.getSpec().setReplicas(Integer.parseInt(String.valueOf(replicas.get("count"))));
            }
        }
        if (k.get("namespace") instanceof String ns) {
            // as Kustomize does: every resource, and the RoleBinding subjects that are ServiceAccounts of this build
            Set<String> accounts = new java.util.HashSet<>();
            out.stream().filter(ServiceAccount.class::isInstance).forEach(a -> accounts.add(a.getMetadata().getName()));
            for (HasMetadata r : out) {
                if (r instanceof RoleBinding b) {
                    b.getSubjects().stream().filter(sub -> "ServiceAccount".equals(sub.getKind()) && accounts.contains(sub.getName()))
                            .forEach(sub -> sub.setNamespace(ns));
                }
                r.getMetadata().setNamespace(ns);
            }
        }
        return out;
    }

    private void generateConfigMap(Path dir, Map<String, Object> g, List<HasMetadata> out, List<String> problems) {
        String name = String.valueOf(g.get("name"));
        Map<String, String> data = new TreeMap<>();
        for (String literal : strings(g.get("literals"))) {
            int eq = literal.indexOf('=');
            if (eq <= 0) {
                problems.add(dir + ": configMapGenerator " + name + ": literal without key=value: " + literal);
            } else {
                data.put(literal.substring(0, eq), literal.substring(eq + 1));
            }
        }
        for (String file : strings(g.get("files"))) {
            int eq = file.indexOf('=');
            String key = eq > 0 ? file.substring(0, eq) : Path.of(file).getFileName().toString();
            String content = readInside(dir, eq > 0 ? file.substring(eq + 1) : file, name, problems);
            if (content != null) {
                data.put(key, content);
            }
        }
        for (String env : strings(g.get("envs"))) {
            String content = readInside(dir, env, name, problems);
            if (content != null) {
                content.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(l -> {
                    int eq = l.indexOf('=');
                    data.put(eq > 0 ? l.substring(0, eq) : l, eq > 0 ? l.substring(eq + 1) : "");
                });
            }
        }
        String behavior = g.get("behavior") == null ? "create" : g.get("behavior").toString();
        ConfigMap existing = out.stream().filter(ConfigMap.class::isInstance).map(ConfigMap.class::cast)
                .filter(c -> name.equals(c.getMetadata().getName())).findFirst().orElse(null);
        switch (behavior) {
            case "create" -> {
                if (existing != null) {
                    problems.add(dir + ": configMapGenerator " + name + " exists already (use behavior merge or replace)");
                } else {
                    out.add(new ConfigMapBuilder().withNewMetadata().withName(name).endMetadata().withData(data).build());
                }
            }
            case "merge", "replace" -> {
                if (existing == null) {
                    problems.add(dir + ": configMapGenerator " + name + " (" + behavior + ") has no ConfigMap to " + behavior);
                } else {
                    Map<String, String> merged = behavior.equals("merge") ? new TreeMap<>(existing.getData()) : new TreeMap<>();
                    merged.putAll(data);
                    existing.setData(merged);
                }
            }
            default -> problems.add(dir + ": configMapGenerator " + name + ": unknown behavior " + behavior);
        }
    }

    /** Kustomize's load restrictor: a generator reads only files inside its kustomization's directory. */
    private String readInside(Path dir, String file, String generator, List<String> problems) {
        Path rel = dir.resolve(file).normalize();
        if (!rel.startsWith(dir)) {
            problems.add(dir + ": configMapGenerator " + generator + ": " + file + " is outside the kustomization root");
            return null;
        }
        Path abs = root.resolve(rel);
        if (!Files.isRegularFile(abs)) {
            problems.add(dir + ": configMapGenerator " + generator + ": " + file + " missing"
                    + (rel.startsWith(GENERATED_CONFIG) ? " (generated by the Maven build: mvn generate-resources)" : ""));
            return null;
        }
        try {
            return Files.readString(abs, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private void applyPatch(Path dir, Map<String, Object> patch, List<HasMetadata> out, List<String> problems) {
        if (patch.get("path") == null || patch.keySet().stream().anyMatch(f -> !f.equals("path"))) {
            problems.add(dir + ": patches: only `- path: <strategic merge patch>` is supported by these checks: " + patch);
            return;
        }
        Path file = dir.resolve(patch.get("path").toString()).normalize();
        List<HasMetadata> docs = manifests.get(file);
        if (docs == null) {
            problems.add(dir + ": patch " + patch.get("path") + " not found");
            return;
        }
        for (HasMetadata p : docs) {
            int i = indexOf(out, p.getKind(), p.getMetadata().getName());
            if (i < 0) {
                problems.add(dir + ": patch " + patch.get("path") + " targets no " + p.getKind() + " " + p.getMetadata().getName());
                continue;
            }
            Map<String, Object> target = SERIALIZATION.convertValue(out.get(i), Map.class);
            Map<String, Object> changes = SERIALIZATION.convertValue(p, Map.class);
            out.set(i, (HasMetadata) SERIALIZATION.convertValue(merge(target, changes, null), out.get(i).getClass()));
        }
    }

    private static int indexOf(List<HasMetadata> resources, String kind, String name) {
        for (int i = 0; i < resources.size(); i++) {
            HasMetadata r = resources.get(i);
            if (r.getKind().equals(kind) && r.getMetadata().getName().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    static Object merge(Object target, Object patch, String field) {
        if (target instanceof Map<?, ?> t && patch instanceof Map<?, ?> p) {
            Map<String, Object> result = new LinkedHashMap<>((Map<String, Object>) t);
            ((Map<String, Object>) p).forEach((k, v) -> result.put(k, result.containsKey(k) ? merge(result.get(k), v, k) : v));
            return result;
        }
        String key = MERGE_KEYS.get(field);
        if (key != null && target instanceof List<?> t && patch instanceof List<?> p) {
            List<Object> result = new ArrayList<>(t);
            for (Object item : p) {
                Object id = item instanceof Map<?, ?> m ? m.get(key) : null;
                int at = -1;
                for (int i = 0; i < result.size() && id != null; i++) {
                    if (result.get(i) instanceof Map<?, ?> m && id.equals(m.get(key))) {
                        at = i;
                    }
                }
                if (at >= 0) {
                    result.set(at, merge(result.get(at), item, null));
                } else {
                    result.add(item);
                }
            }
            return result;
        }
        return patch;
    }

    private static void setImage(Path dir, Map<String, Object> image, List<HasMetadata> out, List<String> problems) {
        String name = String.valueOf(image.get("name"));
        boolean matched = false;
        for (Deployment d : out.stream().filter(Deployment.class::isInstance).map(Deployment.class::cast).toList()) {
            for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                String img = c.getImage();
                String repo = img.replaceAll("@.*$", "").replaceAll(":[^:/]*$", "");
                if (repo.equals(name)) {
                    matched = true;
                    String newName = image.get("newName") == null ? repo : image.get("newName").toString();
                    String suffix = image.get("digest") != null ? "@" + image.get("digest")
                            : image.get("newTag") != null ? ":" + image.get("newTag")
                            : img.substring(repo.length());
                    c.setImage(newName + suffix);
                }
            }
        }
        if (!matched) {
            problems.add(dir + ": images: " + name + " matches no container image, so it changes nothing");
        }
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
