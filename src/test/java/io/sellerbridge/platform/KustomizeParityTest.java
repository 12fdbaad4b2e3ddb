package io.sellerbridge.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where kubectl is installed (not required, CI may have none): its Kustomize renders the base and the example overlay
 * exactly as {@link K8sTree#render} does, less the generated ConfigMaps' hash suffixes. Keeps the checks honest about
 * what {@code kubectl apply -k} sends.
 */
class KustomizeParityTest {

    private static final Pattern HASHED = Pattern.compile("^(.+)-([a-z0-9]{10})$");

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/example"})
    void kubectlKustomizeRendersWhatTheChecksSee(String dir) throws Exception {
        Path kubectl = onPath("kubectl");
        assumeTrue(kubectl != null, "kubectl not installed");
        Path k8s = BundleFacts.repo().resolve("k8s");

        Process p = new ProcessBuilder(kubectl.toString(), "kustomize", k8s.resolve(dir).toString())
                .redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "kubectl kustomize did not finish");
        String yaml = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), yaml);

        // kustomize's generated names: seller-bridge-env-ttgbm649kg -> seller-bridge-env
        for (String doc : yaml.split("(?m)^---\\s*$")) {
            Matcher kind = Pattern.compile("(?m)^kind: ConfigMap$").matcher(doc);
            Matcher name = Pattern.compile("(?m)^  name: (\\S+)$").matcher(doc);
            if (kind.find() && name.find()) {
                Matcher hashed = HASHED.matcher(name.group(1));
                if (hashed.matches()) {
                    yaml = yaml.replace(hashed.group(0), hashed.group(1));
                }
            }
        }
        List<HasMetadata> kustomized = new ArrayList<>();
        Object parsed = K8sTree.SERIALIZATION.unmarshal(yaml);
        if (parsed instanceof List<?> list) {
            list.forEach(r -> kustomized.add((HasMetadata) r));
        } else if (parsed instanceof KubernetesList list) {
            kustomized.addAll(list.getItems());
        } else {
            kustomized.add((HasMetadata) parsed);
        }

        K8sTree.Rendered ours = K8sTree.load(k8s).render(Path.of(dir));
        assertEquals(List.of(), ours.errors());
        assertEquals(byKindAndName(kustomized), byKindAndName(ours.resources()));
    }

    /** Each resource as YAML with sorted keys, so a difference shows field by field and key order does not count. */
    private static Map<String, String> byKindAndName(List<HasMetadata> resources) {
        Map<String, String> out = new TreeMap<>();
        resources.forEach(r -> out.put(r.getKind() + "/" + r.getMetadata().getName(),
                K8sTree.SERIALIZATION.asYaml(sorted(K8sTree.SERIALIZATION.convertValue(r, Map.class)))));
        return out;
    }

    private static Object sorted(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new TreeMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), sorted(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(KustomizeParityTest::sorted).toList();
        }
        return value;
    }

    private static Path onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
