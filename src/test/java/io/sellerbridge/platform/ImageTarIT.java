package io.sellerbridge.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The application layers of the container image, offline: {@code mvn package} runs Jib's buildTar on the empty
 * {@code scratch} base (pom.xml, execution image-tar), with the same jars, files, entrypoint, user and port the
 * real image on {@code image.base} gets. Failsafe runs this after {@code package}.
 */
class ImageTarIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path repo;
    private static BundleFacts bundle;
    private static JsonNode config;
    /** every regular file of every layer: absolute path in the image to its bytes (and mode in modes) */
    private static final Map<String, byte[]> files = new HashMap<>();
    private static final Map<String, Integer> modes = new HashMap<>();

    @BeforeAll
    static void readTar() throws IOException {
        repo = BundleFacts.repo();
        bundle = BundleFacts.load(repo);
        Path tar = repo.resolve("target/jib-image.tar");
        assertTrue(Files.isRegularFile(tar), tar + " missing: `mvn package` builds it (jib:buildTar, execution image-tar)");
        Map<String, TarReader.Entry> outer;
        try (InputStream in = Files.newInputStream(tar)) {
            outer = TarReader.files(in);
        }
        JsonNode manifest = JSON.readTree(outer.get("manifest.json").content()).get(0);
        config = JSON.readTree(outer.get(manifest.get("Config").asText()).content());
        for (JsonNode layer : manifest.get("Layers")) {
            TarReader.Entry blob = outer.get(layer.asText());
            assertNotNull(blob, "layer " + layer + " is not in the tar");
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(blob.content()))) {
                for (TarReader.Entry e : TarReader.files(in).values()) {
                    String name = "/" + e.name().replaceFirst("^/", "");
                    files.put(name, e.content());
                    modes.put(name, e.mode());
                }
            }
        }
    }

    private static JsonNode container() {
        return config.get("config");
    }

    private static Set<String> namesUnder(String dir) {
        Set<String> names = new TreeSet<>();
        files.keySet().stream().filter(f -> f.startsWith(dir + "/") && f.indexOf('/', dir.length() + 1) < 0)
                .forEach(f -> names.add(f.substring(dir.length() + 1)));
        return names;
    }

    @Test
    void carriesTheBundlesClassesAndEveryRuntimeDependency() throws IOException {
        // Jib's exploded layout: target/classes split into /app/classes (.class) and /app/resources (the rest)
        Path classes = repo.resolve("target/classes");
        List<String> missing = new ArrayList<>();
        int count;
        try (Stream<Path> walk = Files.walk(classes)) {
            List<Path> built = walk.filter(Files::isRegularFile).toList();
            count = built.size();
            for (Path f : built) {
                String rel = classes.relativize(f).toString().replace('\\', '/');
                String dir = rel.endsWith(".class") ? "/classes/" : "/resources/";
                if (!Arrays.equals(Files.readAllBytes(f), files.get(BundleFacts.APP_DIR + dir + rel))) {
                    missing.add(rel);
                }
            }
        }
        assertTrue(count > 20, "target/classes looks empty");
        assertEquals(List.of(), missing, "target/classes files missing or different in the image");
        assertNotNull(files.get(BundleFacts.APP_DIR + "/classes/" + BundleFacts.MAIN_CLASS.replace('.', '/') + ".class"));
        // the runtime dependencies of this build, as the jar's manifest names them for `java -jar` (lib/<jar>):
        // the image has the same ones, nothing missing, no test jar
        Set<String> runtime = new TreeSet<>();
        try (JarFile jar = new JarFile(repo.resolve("target/seller-bridge.jar").toFile())) {
            for (String entry : jar.getManifest().getMainAttributes().getValue("Class-Path").split(" ")) {
                runtime.add(entry.substring(entry.lastIndexOf('/') + 1));
            }
        }
        assertTrue(runtime.size() > 20, "the jar's Class-Path looks empty: " + runtime);
        assertEquals(runtime, namesUnder(BundleFacts.APP_DIR + "/libs"));
    }

    @Test
    void carriesTheTopLevelRoutesAndProperties() {
        assertArrayEquals(bundle.propertiesText.getBytes(StandardCharsets.UTF_8),
                files.get(BundleFacts.APP_DIR + "/application.properties"));
        assertEquals(bundle.routes.keySet(), namesUnder(BundleFacts.APP_DIR + "/routes"));
        bundle.routes.forEach((name, content) -> assertArrayEquals(content.getBytes(StandardCharsets.UTF_8),
                files.get(BundleFacts.APP_DIR + "/routes/" + name), name));
        // owned by root, read by the non-root user
        List<String> unreadable = new ArrayList<>();
        modes.forEach((f, mode) -> {
            if ((mode & 0004) == 0) {
                unreadable.add(f + " " + Integer.toOctalString(mode));
            }
        });
        assertEquals(List.of(), unreadable);
    }

    @Test
    void entrypointRunsTheBundleWithContainerAwareJvmFlags() {
        List<String> entrypoint = new ArrayList<>();
        container().get("Entrypoint").forEach(a -> entrypoint.add(a.asText()));
        assertEquals("java", entrypoint.get(0), entrypoint.toString());
        assertTrue(entrypoint.contains("-XX:MaxRAMPercentage=75.0"), entrypoint.toString());
        assertTrue(entrypoint.contains("-XX:+UseParallelGC"), entrypoint.toString());
        assertTrue(entrypoint.contains("-XX:+ExitOnOutOfMemoryError"), entrypoint.toString());
        assertEquals(BundleFacts.MAIN_CLASS, entrypoint.get(entrypoint.size() - 1), entrypoint.toString());
        // the class path: Jib's argument file, naming the classes, resources and libs
        int cp = entrypoint.indexOf("-cp");
        assertTrue(cp > 0, entrypoint.toString());
        String classpath = entrypoint.get(cp + 1);
        if (classpath.startsWith("@")) {
            byte[] argFile = files.get(classpath.substring(1));
            assertNotNull(argFile, classpath + " is not in the image");
            classpath = new String(argFile, StandardCharsets.UTF_8).strip();
        }
        Set<String> entries = new TreeSet<>(List.of(classpath.split(":")));
        Set<String> expected = new TreeSet<>(List.of(BundleFacts.APP_DIR + "/classes", BundleFacts.APP_DIR + "/resources"));
        namesUnder(BundleFacts.APP_DIR + "/libs").forEach(jar -> expected.add(BundleFacts.APP_DIR + "/libs/" + jar));
        assertEquals(expected, entries, "the class path: classes, resources and every jar of /app/libs");
        // arguments: none, so the bundle reads ./routes and ./application.properties of the working directory
        assertTrue(container().path("Cmd").isNull() || container().path("Cmd").isMissingNode()
                || container().path("Cmd").isEmpty(), container().path("Cmd").toString());
    }

    @Test
    void runsAsNonRootFromAppAndExposesTheManagementPort() {
        assertEquals(BundleFacts.APP_DIR, container().get("WorkingDir").asText());
        String user = container().get("User").asText();
        assertTrue(user.matches("[1-9][0-9]*(:[0-9]+)?"), "a numeric non-root uid, so runAsNonRoot can verify it: " + user);
        assertTrue(container().get("ExposedPorts").has(bundle.managementPort() + "/tcp"), container().get("ExposedPorts").toString());
        // the Deployment runs the image as the same uid/gid
        Deployment deployment = K8sTree.load(repo).render(Path.of("k8s", "base")).all(Deployment.class).get(0);
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        String[] uidGid = user.split(":");
        assertEquals(Long.parseLong(uidGid[0]), pod.getSecurityContext().getRunAsUser());
        if (uidGid.length > 1) {
            assertEquals(Long.parseLong(uidGid[1]), pod.getSecurityContext().getRunAsGroup());
        }
    }
}
