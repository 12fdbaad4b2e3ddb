package io.sellerbridge.testing;

import io.sellerbridge.config.Settings;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.PropertiesComponent;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bundle's own defaults for unit tests: the top-level application.properties (placeholders resolved as Camel
 * does), under a test's overrides. An override read later sees the map as it is then; an empty value is "not set".
 */
public final class BundleProperties {

    private static final PropertiesComponent FILE = file();

    private BundleProperties() {
    }

    public static Settings settings(Map<String, String> overrides) {
        return new Settings(key -> overrides.containsKey(key) ? Optional.ofNullable(overrides.get(key))
                : FILE.resolveProperty(key));
    }

    /** Every key of application.properties and the overrides (report streams are found by their keys). */
    public static Set<String> names(Map<String, String> overrides) {
        Set<String> names = new HashSet<>(FILE.loadProperties().stringPropertyNames());
        names.addAll(overrides.keySet());
        return names;
    }

    /** A file of the repository (tests run with the repository as their working directory). */
    public static java.nio.file.Path repoFile(String path) {
        return java.nio.file.Path.of(path);
    }

    private static PropertiesComponent file() {
        PropertiesComponent pc = new DefaultCamelContext().getPropertiesComponent();
        pc.setLocation("file:application.properties");
        return pc;
    }
}
