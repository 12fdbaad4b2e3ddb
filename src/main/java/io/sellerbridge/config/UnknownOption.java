package io.sellerbridge.config;

import org.apache.camel.PropertyBindingException;

import java.util.Map;
import java.util.Optional;

/**
 * A {@code camel.*} key Camel could not bind (a typo, a name Camel does not have, a value it cannot convert) as a
 * one-line configuration error. Camel's own message carries the value, which for a misspelt secret key is the secret: this one never does.
 */
public final class UnknownOption {

    private static final String KAFKA = "camel.component.kafka.";

    /** Names people reach for that Camel spells differently. */
    private static final Map<String, String> CAMEL_SPELLS_IT = Map.of(
            "camel.component.kafka.ssl-endpoint-identification-algorithm", "camel.component.kafka.ssl-endpoint-algorithm",
            "camel.component.kafka.bootstrap-servers", "camel.component.kafka.brokers");

    private UnknownOption() {
    }

    public static Optional<ConfigurationException> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PropertyBindingException bad && bad.getOptionPrefix() != null) {
                String key = bad.getOptionPrefix() + kebab(bad.getOptionKey() != null ? bad.getOptionKey() : bad.getPropertyName());
                if (bad.getCause() != null) {
                    // a known option with a value Camel cannot convert; the cause's message would quote the value
                    return Optional.of(new ConfigurationException(key, "has a value Camel cannot use for this option ("
                            + bad.getCause().getClass().getSimpleName() + ")"));
                }
                String instead = CAMEL_SPELLS_IT.get(key);
                return Optional.of(new ConfigurationException(key, instead != null ? "Camel names this option " + instead
                        : "is not an option Camel knows here (misspelt?)" + (key.startsWith(KAFKA) ? "; a Kafka client "
                        + "property Camel has no option for goes in " + KAFKA + "additional-properties[<kafka property>]" : "")));
            }
        }
        return Optional.empty();
    }

    private static String kebab(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
