package io.sellerbridge.config;

import org.apache.camel.CamelContext;
import org.quartz.CronExpression;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Typed, validated reads of the bundle's properties. Every failure names the key, never the value of a secret.
 * Defaults live in {@code application.properties}, each written once there: a key the file lacks is an error here.
 */
public final class Settings {

    private final Function<String, Optional<String>> lookup;

    public Settings(Function<String, Optional<String>> lookup) {
        this.lookup = lookup;
    }

    /** Every key configured for a Camel context: application.properties, overrides and system properties. */
    public static Set<String> names(CamelContext context) {
        // loadProperties() holds the files, the initial and the override properties
        Set<String> names = new TreeSet<>(context.getPropertiesComponent().loadProperties().stringPropertyNames());
        names.addAll(System.getProperties().stringPropertyNames());
        return names;
    }

    /** The properties of a Camel context: application.properties, overridden by environment and system properties. */
    public static Settings of(CamelContext context) {
        return new Settings(context.getPropertiesComponent()::resolveProperty);
    }

    public Optional<String> optional(String key) {
        try {
            return lookup.apply(key).map(String::trim).filter(v -> !v.isEmpty());
        } catch (RuntimeException e) {
            // typically {{env:NAME}} with NAME unset; Camel's message names the variable, not a value
            throw new ConfigurationException(key, "cannot be resolved (" + e.getMessage() + ")", e);
        }
    }

    public String required(String key) {
        return optional(key).orElseThrow(() -> new ConfigurationException(key, "is required but not set"));
    }

    public String secret(String key) {
        return optional(key).orElseThrow(() -> new ConfigurationException(key,
                "is required but not set (give it as {{env:NAME}} from a Kubernetes Secret)"));
    }

    public boolean bool(String key) {
        String v = required(key);
        if (!v.equals("true") && !v.equals("false")) {
            throw new ConfigurationException(key, "must be true or false, was '" + v + "'");
        }
        return Boolean.parseBoolean(v);
    }

    public int positiveInt(String key) {
        String v = required(key);
        try {
            int n = Integer.parseInt(v);
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigurationException(key, "must be a positive integer, was '" + v + "'");
        }
    }

    public double positiveDecimal(String key) {
        String v = required(key);
        try {
            double d = Double.parseDouble(v);
            if (!(d > 0) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new ConfigurationException(key, "must be a positive number, was '" + v + "'");
        }
    }

    /** ISO-8601 durations (PT2M, P30D), the same notation Amazon's APIs use. */
    public Duration duration(String key) {
        String v = required(key);
        try {
            Duration d = Duration.parse(v);
            if (d.isNegative()) {
                throw new ConfigurationException(key, "must not be negative, was '" + v + "'");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new ConfigurationException(key, "must be an ISO-8601 duration such as PT10M or P30D, was '" + v + "'");
        }
    }

    /** A duration of at least {@code least} (and below {@code below} when that is given). */
    public Duration duration(String key, Duration least, Duration below, String why) {
        Duration d = duration(key);
        if (d.compareTo(least) < 0 || below != null && d.compareTo(below) >= 0) {
            throw new ConfigurationException(key, why + ", was " + d);
        }
        return d;
    }

    /** An integer from {@code least} to {@code most}. */
    public int intBetween(String key, int least, int most, String why) {
        int n = positiveInt(key);
        if (n < least || n > most) {
            throw new ConfigurationException(key, why + ", was " + n);
        }
        return n;
    }

    /** An instant (2026-01-01T00:00:00Z) or a date (2026-01-01, read as midnight UTC); empty when not set. */
    public Optional<Instant> instant(String key) {
        Optional<String> v = optional(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(v.get().length() == 10
                    ? LocalDate.parse(v.get()).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(v.get()).toInstant());
        } catch (DateTimeParseException e) {
            throw new ConfigurationException(key, "must be an ISO-8601 date or date-time such as 2026-01-01 or "
                    + "2026-01-01T00:00:00Z, was '" + v.get() + "'");
        }
    }

    /** Comma-separated values; empty when the key is not set. */
    public List<String> optionalList(String key) {
        return optional(key).map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    public List<String> list(String key) {
        return Arrays.stream(required(key).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public URI httpUrl(String key) {
        String v = required(key);
        try {
            URI uri = URI.create(v);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("not http(s)");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(key, "must be an http(s) URL, was '" + v + "'");
        }
    }

    public Charset charset(String key) {
        String name = required(key);
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(key, "is not a charset this JVM knows: '" + name + "'");
        }
    }

    public String cron(String key) {
        String v = required(key);
        if (!CronExpression.isValidExpression(v)) {
            throw new ConfigurationException(key, "is not a valid Quartz cron expression: '" + v + "'");
        }
        return v;
    }
}
