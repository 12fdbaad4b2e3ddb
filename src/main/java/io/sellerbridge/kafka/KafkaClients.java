package io.sellerbridge.kafka;

import io.sellerbridge.config.ConfigurationException;
import io.sellerbridge.config.Settings;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.UnsupportedSaslMechanismException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings of every Kafka client the bundle makes itself (checkpoints, published versions, topics), taken from
 * Camel's own Kafka component keys, {@code camel.component.kafka.*}, which configure the routes' producers and
 * consumers: one place for the brokers, TLS and SASL, and {@code additional-properties[<kafka key>]} for anything else
 * the platform's cluster needs (OAUTHBEARER's callback handler and token endpoint, for instance).
 */
public final class KafkaClients {

    private static final String PREFIX = "camel.component.kafka.";
    private static final Pattern ADDITIONAL = Pattern.compile(Pattern.quote(PREFIX) + "additional-?[pP]roperties\\[(.+)]");

    /** Camel's option (kebab case) and the Kafka client property it sets. */
    private static final Map<String, String> OPTIONS = options();

    /** Options that hold Java objects, which a Kafka client property cannot carry. */
    private static final List<String> JAVA_ONLY = List.of("ssl-context-parameters", "use-global-ssl-context-parameters");

    private KafkaClients() {
    }

    private static Map<String, String> options() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("brokers", "bootstrap.servers");
        m.put("security-protocol", "security.protocol");
        m.put("sasl-mechanism", "sasl.mechanism");
        m.put("sasl-jaas-config", "sasl.jaas.config");
        m.put("sasl-kerberos-service-name", "sasl.kerberos.service.name");
        m.put("ssl-truststore-location", "ssl.truststore.location");
        m.put("ssl-truststore-password", "ssl.truststore.password");
        m.put("ssl-truststore-type", "ssl.truststore.type");
        m.put("ssl-keystore-location", "ssl.keystore.location");
        m.put("ssl-keystore-password", "ssl.keystore.password");
        m.put("ssl-keystore-type", "ssl.keystore.type");
        m.put("ssl-key-password", "ssl.key.password");
        // Camel's name for Kafka's ssl.endpoint.identification.algorithm
        m.put("ssl-endpoint-algorithm", "ssl.endpoint.identification.algorithm");
        m.put("ssl-protocol", "ssl.protocol");
        m.put("ssl-enabled-protocols", "ssl.enabled.protocols");
        m.put("ssl-cipher-suites", "ssl.cipher.suites");
        m.put("ssl-keymanager-algorithm", "ssl.keymanager.algorithm");
        m.put("ssl-trustmanager-algorithm", "ssl.trustmanager.algorithm");
        m.put("ssl-provider", "ssl.provider");
        m.put("kerberos-init-cmd", "sasl.kerberos.kinit.cmd");
        m.put("kerberos-before-relogin-min-time", "sasl.kerberos.min.time.before.relogin");
        m.put("kerberos-renew-jitter", "sasl.kerberos.ticket.renew.jitter");
        m.put("kerberos-renew-window-factor", "sasl.kerberos.ticket.renew.window.factor");
        m.put("kerberos-principal-to-local-rules", "sasl.kerberos.principal.to.local.rules");
        return Map.copyOf(m);
    }

    /**
     * @param propertyNames every configured key, for the {@code additional-properties[...]} pass-through
     * @param purpose       what the client is for; its client id is {@code <kafka.id-prefix>-<purpose>}
     */
    public static Properties config(Settings settings, Set<String> propertyNames, String purpose) {
        for (String javaOnly : JAVA_ONLY) {
            if (option(settings, javaOnly).isPresent()) {
                throw new ConfigurationException(PREFIX + javaOnly, "configures Camel's routes only, not the bundle's own "
                        + "Kafka clients: give the stores as ssl-truststore-* and ssl-keystore-* instead");
            }
        }
        Properties p = new Properties();
        OPTIONS.forEach((option, kafkaKey) -> option(settings, option).ifPresent(v -> p.put(kafkaKey, v)));
        // as Camel reads it: none or false switches the broker host name check off
        p.computeIfPresent("ssl.endpoint.identification.algorithm",
                (k, v) -> "none".equals(v) || "false".equals(v) ? "" : v);
        if (!p.containsKey("bootstrap.servers")) {
            settings.required(PREFIX + "brokers");
        }
        for (String key : propertyNames) {
            Matcher m = ADDITIONAL.matcher(key);
            if (m.matches()) {
                settings.optional(key).ifPresent(v -> p.put(m.group(1), v));
            }
        }
        p.put("client.id", settings.required("kafka.id-prefix") + "-" + purpose);
        return p;
    }

    /** The key as Camel documents it (kebab case), or as Camel also accepts it (camel case). */
    private static Optional<String> option(Settings settings, String option) {
        return settings.optional(PREFIX + option).or(() -> settings.optional(PREFIX + camelCase(option)));
    }

    private static String camelCase(String kebab) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /** Runs work with a client of this config; a failure a setting causes becomes the one-line error naming it. */
    public static <T> T explaining(Properties config, Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw explain(e, config).map(RuntimeException.class::cast).orElse(e);
        }
    }

    /**
     * A failure to reach Kafka that a setting causes, as the one-line error naming that setting: refused SASL
     * credentials, an untrusted broker certificate, a client certificate the broker refuses, a wrong store password,
     * missing ACLs. Never the value of a secret.
     */
    public static Optional<ConfigurationException> explain(Throwable failure, Properties config) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof UnsupportedSaslMechanismException) {
                return Optional.of(new ConfigurationException(PREFIX + "sasl-mechanism",
                        "the broker does not accept SASL mechanism " + config.getProperty("sasl.mechanism")));
            }
            if (t instanceof SaslAuthenticationException) {
                return Optional.of(new ConfigurationException(PREFIX + "sasl-jaas-config", "the broker refused the "
                        + config.getProperty("sasl.mechanism", "SASL") + " credentials (wrong user name or password)"));
            }
            if (t instanceof SslAuthenticationException) {
                // Kafka says "SSL handshake failed"; the TLS alert or the JDK's reason is in the causes
                return Optional.of(sslFailure(messages(t)));
            }
            if (t instanceof AuthorizationException) {
                return Optional.of(new ConfigurationException("kafka.id-prefix", "the broker refused the bundle's "
                        + "Kafka user: " + message + " (k8s/README.md lists the ACLs it needs)"));
            }
            if (t instanceof KafkaException && message.contains("Failed to load SSL keystore")) {
                String location = config.getProperty("ssl.keystore.location", "");
                boolean keystore = !location.isEmpty() && message.contains(location);
                return Optional.of(new ConfigurationException(PREFIX + (keystore ? "ssl-keystore-password" : "ssl-truststore-password"),
                        "the " + (keystore ? "keystore" : "truststore") + " cannot be opened with this password (or is not a "
                                + (keystore ? config.getProperty("ssl.keystore.type", "JKS") : config.getProperty("ssl.truststore.type", "JKS"))
                                + " file)"));
            }
        }
        return Optional.empty();
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append(" | ");
        }
        return all.toString();
    }

    private static ConfigurationException sslFailure(String message) {
        if (message.contains("certificate_required") || message.contains("bad_certificate") || message.contains("unknown_ca")
                || message.contains("certificate_unknown")) {
            return new ConfigurationException(PREFIX + "ssl-keystore-location",
                    "the broker refused the bundle's client certificate (mutual TLS)");
        }
        if (message.contains("No subject alternative") || message.contains("No name matching")) {
            return new ConfigurationException(PREFIX + "ssl-endpoint-algorithm",
                    "the broker's certificate does not name the host the bundle connected to");
        }
        return new ConfigurationException(PREFIX + "ssl-truststore-location",
                "the broker's certificate is not trusted by this truststore (TLS handshake failed)");
    }
}
