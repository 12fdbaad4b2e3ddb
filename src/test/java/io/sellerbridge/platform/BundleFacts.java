package io.sellerbridge.platform;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.camel.main.MainConfigurationProperties;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What the bundle itself declares, read from the repository's top-level files (the ones the image and the ConfigMaps
 * carry): application.properties, routes/*.camel.yaml, and the image name in pom.xml. Defaults of Camel's own keys
 * come from Camel's classes, so the checks follow Camel rather than a copy of its defaults.
 */
final class BundleFacts {

    /** The image's working directory and application root (pom.xml, Jib's container.workingDirectory/appRoot). */
    static final String APP_DIR = "/app";
    static final String MAIN_CLASS = "io.sellerbridge.App";

    /** {{env:NAME}} or {{env:NAME:default}}; the default may itself contain colons (localhost:9092). */
    private static final Pattern ENV_REF = Pattern.compile("\\{\\{env:([A-Za-z_][A-Za-z0-9_]*)(:[^}]*)?}}");
    /** Names that hold credentials: they must come from a Secret. */
    private static final Pattern SECRET_NAME = Pattern.compile(".*(SECRET|TOKEN|CLIENT_ID|_KEY$|_KEY_|PASSWORD|JAAS|BASIC_AUTH).*");
    /** Camel Main applies CAMEL_COMPONENT_KAFKA_<OPTION> to the Kafka component, and the bundle's clients read it. */
    private static final String KAFKA_COMPONENT_ENV = "CAMEL_COMPONENT_KAFKA_";

    final String propertiesText;
    final Properties properties;
    /** route file name (e.g. spapi-orders.camel.yaml) to its content */
    final Map<String, String> routes;
    /** every {{env:NAME}} in the properties and routes: name to whether it has a default */
    final Map<String, Boolean> envReferences;
    /** pom.xml's image.name property (the image Jib builds) */
    final String imageName;

    BundleFacts(String propertiesText, Map<String, String> routes, String imageName) {
        this.propertiesText = propertiesText;
        this.properties = new Properties();
        try {
            properties.load(new StringReader(propertiesText));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.routes = Collections.unmodifiableMap(new TreeMap<>(routes));
        Map<String, Boolean> refs = new TreeMap<>();
        collectEnvReferences(propertiesText, refs);
        routes.values().forEach(r -> collectEnvReferences(r, refs));
        this.envReferences = Collections.unmodifiableMap(refs);
        this.imageName = imageName;
    }

    static BundleFacts load(Path repo) {
        try {
            String props = Files.readString(repo.resolve("application.properties"), StandardCharsets.UTF_8);
            Map<String, String> routes = new LinkedHashMap<>();
            try (Stream<Path> files = Files.list(repo.resolve("routes"))) {
                for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".camel.yaml")).sorted().toList()) {
                    routes.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
                }
            }
            return new BundleFacts(props, routes, pomProperty(repo.resolve("pom.xml"), "image.name"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository root: the working directory of Surefire and Failsafe (pom.xml). */
    static Path repo() {
        Path dir = Path.of("").toAbsolutePath();
        if (!Files.isRegularFile(dir.resolve("pom.xml")) || !Files.isDirectory(dir.resolve("routes"))) {
            throw new IllegalStateException("run from the repository root (pom.xml, routes/), not " + dir);
        }
        return dir;
    }

    BundleFacts withProperties(String text) {
        return new BundleFacts(text, routes, imageName);
    }

    BundleFacts withRoutes(Map<String, String> otherRoutes) {
        return new BundleFacts(propertiesText, otherRoutes, imageName);
    }

    private static void collectEnvReferences(String text, Map<String, Boolean> refs) {
        for (String line : text.split("\n")) {
            if (line.stripLeading().startsWith("#")) {
                continue;
            }
            Matcher m = ENV_REF.matcher(line);
            while (m.find()) {
                refs.merge(m.group(1), m.group(2) != null, Boolean::logicalAnd);
            }
        }
    }

    Set<String> requiredEnv() {
        Set<String> required = new TreeSet<>();
        envReferences.forEach((name, hasDefault) -> {
            if (!hasDefault) {
                required.add(name);
            }
        });
        return required;
    }

    static boolean isSecretName(String envName) {
        return SECRET_NAME.matcher(envName).matches();
    }

    /** Secret-looking names the properties or routes reference (with or without a default). */
    Set<String> secretEnv() {
        Set<String> secret = new TreeSet<>();
        envReferences.keySet().stream().filter(BundleFacts::isSecretName).forEach(secret::add);
        return secret;
    }

    /**
     * Whether an environment variable means something to the bundle: a referenced {{env:NAME}}, or the override of a
     * property (Camel's properties component reads OS environment variables first: kafka.topics.replication-factor
     * from KAFKA_TOPICS_REPLICATION_FACTOR).
     */
    boolean isKnownEnv(String envName) {
        if (envReferences.containsKey(envName)) {
            return true;
        }
        if (envName.startsWith(KAFKA_COMPONENT_ENV)) {
            return KAFKA_OPTIONS.contains(envName.substring(KAFKA_COMPONENT_ENV.length()).replace("_", "").toLowerCase(Locale.ROOT));
        }
        return properties.stringPropertyNames().stream().anyMatch(k -> propertyAsEnv(k).equals(envName));
    }

    /** The options of Camel's Kafka component, from its catalog (camel-kafka's kafka.json), lower case, no dashes. */
    private static final Set<String> KAFKA_OPTIONS = kafkaOptions();

    private static Set<String> kafkaOptions() {
        try (var in = BundleFacts.class.getResourceAsStream("/META-INF/org/apache/camel/component/kafka/kafka.json")) {
            var catalog = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
            Set<String> options = new TreeSet<>();
            catalog.path("componentProperties").fieldNames().forEachRemaining(n -> options.add(n.toLowerCase(Locale.ROOT)));
            return options;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String propertyAsEnv(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** A Camel option in relaxed form: camel.management.health-path and camel.management.healthPath are one key. */
    Optional<String> camelOption(String key) {
        String wanted = relaxed(key);
        return properties.stringPropertyNames().stream()
                .filter(k -> relaxed(k).equals(wanted))
                .map(k -> properties.getProperty(k).strip())
                .findFirst();
    }

    private static String relaxed(String key) {
        return key.replace("-", "").toLowerCase(Locale.ROOT);
    }

    private static MainConfigurationProperties camelDefaults() {
        return new MainConfigurationProperties();
    }

    boolean managementEnabled() {
        return camelOption("camel.management.enabled").map(Boolean::parseBoolean)
                .orElse(camelDefaults().httpManagementServer().isEnabled());
    }

    boolean healthCheckEnabled() {
        return camelOption("camel.management.health-check-enabled").map(Boolean::parseBoolean)
                .orElse(camelDefaults().httpManagementServer().isHealthCheckEnabled());
    }

    boolean metricsEnabled() {
        return camelOption("camel.management.metrics-enabled").map(Boolean::parseBoolean)
                .orElse(camelDefaults().httpManagementServer().isMetricsEnabled());
    }

    int managementPort() {
        return camelOption("camel.management.port").map(Integer::parseInt)
                .orElse(camelDefaults().httpManagementServer().getPort());
    }

    /** Camel's management context path; the health and metrics routes hang off its root only when it is "/". */
    String managementPath() {
        return camelOption("camel.management.path").orElse(camelDefaults().httpManagementServer().getPath());
    }

    /** ManagementHttpServer (camel-platform-http-main) serves healthPath, healthPath + /live, healthPath + /ready. */
    String healthPath() {
        return camelOption("camel.management.health-path").orElse(camelDefaults().httpManagementServer().getHealthPath());
    }

    String livenessPath() {
        return healthPath() + "/live";
    }

    String readinessPath() {
        return healthPath() + "/ready";
    }

    String metricsPath() {
        return camelOption("camel.metrics.path").orElse(camelDefaults().metrics().getPath());
    }

    /** camel.main.shutdown-timeout in seconds (Camel's default 45). */
    long shutdownTimeoutSeconds() {
        return camelOption("camel.main.shutdown-timeout").map(Long::parseLong)
                .orElse(camelDefaults().getShutdownTimeout() * 1L);
    }

    /** image.name without its tag or digest: what a Deployment names and an overlay's images: entry replaces. */
    String imageRepository() {
        String name = imageName;
        int at = name.indexOf('@');
        if (at >= 0) {
            name = name.substring(0, at);
        }
        int colon = name.lastIndexOf(':');
        return colon > name.lastIndexOf('/') ? name.substring(0, colon) : name;
    }

    private static String pomProperty(Path pom, String name) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var doc = factory.newDocumentBuilder().parse(pom.toFile());
            String version = null;
            String value = null;
            for (Node n = doc.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && e.getTagName().equals("version")) {
                    version = e.getTextContent().strip();
                } else if (n instanceof Element e && e.getTagName().equals("properties")) {
                    var values = e.getElementsByTagName(name);
                    if (values.getLength() == 1) {
                        value = values.item(0).getTextContent().strip();
                    }
                }
            }
            if (value == null || version == null) {
                throw new IllegalStateException("pom.xml has no version or no property " + name);
            }
            return value.replace("${project.version}", version);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + name + " from " + pom, e);
        }
    }
}
