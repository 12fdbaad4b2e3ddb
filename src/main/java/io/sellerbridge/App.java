package io.sellerbridge;

import io.sellerbridge.catalog.CatalogConfiguration;
import io.sellerbridge.config.ConfigurationException;
import io.sellerbridge.config.UnknownOption;
import io.sellerbridge.inventory.InventoryConfiguration;
import io.sellerbridge.kafka.KafkaPreflight;
import io.sellerbridge.kafka.KafkaStateConfiguration;
import io.sellerbridge.kafka.SchemaRegistration;
import io.sellerbridge.mws.MwsConfiguration;
import io.sellerbridge.notifications.NotificationsConfiguration;
import io.sellerbridge.orders.OrdersConfiguration;
import io.sellerbridge.pii.PiiConfiguration;
import io.sellerbridge.pii.PiiRetentionConfiguration;
import io.sellerbridge.reports.ReportsConfiguration;
import io.sellerbridge.spapi.SpApiConfiguration;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.main.Main;

import java.util.List;

/**
 * Starts the bundle: Camel Main with the YAML routes and properties from the working directory, or from
 * {@code --routes=<pattern>} and {@code --properties=<file>} so a container can mount its own;
 * {@code --profile=dev} adds {@code application-dev.properties} (route reload) on top.
 */
public final class App {

    private App() {
    }

    public static void main(String[] args) throws Exception {
        try {
            System.exit(create(args).run(new String[0]));
        } catch (Exception e) {
            ConfigurationException bad = configurationError(e);
            if (bad == null) {
                throw e;
            }
            // a bad key is an operator's typo, not a crash: one clear line, exit code 2
            System.err.println("seller-bridge: configuration error: " + bad.getMessage());
            System.exit(2);
        }
    }

    /** The properties file, and a profile's file beside it ({@code application-dev.properties}), which wins. */
    static String propertyLocations(String properties, String profile) {
        if (profile == null) {
            return "file:" + properties;
        }
        java.nio.file.Path base = java.nio.file.Path.of(properties);
        String name = base.getFileName().toString().replaceFirst("\\.properties$", "") + "-" + profile + ".properties";
        // Camel's properties component takes a key from the first location that has it
        return "file:" + (base.getParent() == null ? name : base.getParent().resolve(name).toString()) + ",file:" + properties;
    }

    static ConfigurationException configurationError(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ConfigurationException bad) {
                return bad;
            }
        }
        return UnknownOption.of(t).orElse(null);
    }

    public static Main create(String... args) {
        Main main = new Main();
        String properties = "application.properties";
        String profile = null;
        for (String arg : args) {
            if (arg.startsWith("--properties=")) {
                properties = arg.substring("--properties=".length());
            } else if (arg.startsWith("--profile=")) {
                profile = arg.substring("--profile=".length());
            } else if (arg.startsWith("--routes=")) {
                main.addOverrideProperty("camel.main.routes-include-pattern", "file:" + arg.substring("--routes=".length()));
            } else {
                throw new IllegalArgumentException("unknown argument " + arg
                        + " (use --routes=<pattern> --properties=<file> --profile=<name>)");
            }
        }
        main.setDefaultPropertyPlaceholderLocation(propertyLocations(properties, profile));
        configurations().forEach(main.configure()::addConfiguration);
        return main;
    }

    /**
     * Each configuration reads and validates its own keys and binds its beans, in this order (a later one uses what
     * an earlier one bound). Only the last two reach out (Kafka once, the schema registry when one is configured): a bad
     * key of any stream stops the bundle first.
     */
    public static List<Class<? extends CamelConfiguration>> configurations() {
        return List.of(PlatformConfiguration.class, KafkaStateConfiguration.class, PiiConfiguration.class,
                PiiRetentionConfiguration.class,
                SpApiConfiguration.class, OrdersConfiguration.class, NotificationsConfiguration.class,
                CatalogConfiguration.class, InventoryConfiguration.class, ReportsConfiguration.class,
                MwsConfiguration.class, KafkaPreflight.class, SchemaRegistration.class);
    }
}
