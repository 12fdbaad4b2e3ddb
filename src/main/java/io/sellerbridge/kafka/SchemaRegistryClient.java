package io.sellerbridge.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sellerbridge.config.ConfigurationException;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Registers JSON Schemas through the Confluent Schema Registry REST API (which Apicurio's ccompat API and Karapace also
 * speak): {@code POST /subjects/<subject>/versions}. Registering a schema the subject already holds returns its id, so
 * every start may register again. A registry that refuses is a configuration problem, reported naming the key; one
 * that cannot be reached or fails (5xx) is {@link Unavailable}.
 */
public final class SchemaRegistryClient {

    static final String URL_KEY = "kafka.schema-registry.url";
    static final String AUTH_KEY = "kafka.schema-registry.basic-auth";
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final Optional<String> authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** @param basicAuth {@code user:password}, e.g. Confluent Cloud's API key and secret */
    public SchemaRegistryClient(URI base, Optional<String> basicAuth) {
        this.base = URI.create(base.toString().replaceAll("/+$", "") + "/");
        this.authorization = basicAuth.map(SchemaRegistryClient::basic);
    }

    private static String basic(String userInfo) {
        if (!userInfo.contains(":")) {
            throw new ConfigurationException(AUTH_KEY, "must be user:password");
        }
        return "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
    }

    /** Registers the JSON Schema under the subject; returns the registry's schema id. */
    public int register(String subject, String schema) {
        String body;
        try {
            body = JSON.writeValueAsString(Map.of("schemaType", "JSON", "schema", schema));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        base.resolve("subjects/" + URLEncoder.encode(subject, StandardCharsets.UTF_8) + "/versions"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", CONTENT_TYPE)
                .header("Accept", CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        authorization.ifPresent(a -> request.header("Authorization", a));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Unavailable("the schema registry cannot be reached (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted registering " + subject, e);
        }
        return schemaId(subject, response);
    }

    private static int schemaId(String subject, HttpResponse<String> response) {
        int status = response.statusCode();
        String message = message(response.body());
        if (status == 200) {
            JsonNode id = read(response.body()).path("id");
            if (id.isInt()) {
                return id.asInt();
            }
            throw new ConfigurationException(URL_KEY, "is not a Confluent-compatible schema registry (no id in its answer)");
        }
        if (status == 401 || status == 403) {
            throw new ConfigurationException(AUTH_KEY, "the schema registry refused the bundle (HTTP " + status + ")");
        }
        if (status == 409) {
            throw new ConfigurationException(URL_KEY, "the schema registry refuses the schema of subject " + subject + " as incompatible "
                    + "with its registered versions (" + message + "); v1 only adds fields: set the subject's "
                    + "compatibility to FORWARD_TRANSITIVE (README.md, \"Schemas and compatibility\")");
        }
        if (status == 404) {
            throw new ConfigurationException(URL_KEY, "has no Confluent-compatible API there (HTTP 404; Apicurio serves it under "
                    + "/apis/ccompat/v7)");
        }
        if (status >= 500) {
            throw new Unavailable("the schema registry answered HTTP " + status + " for subject " + subject + " (" + message + ")", null);
        }
        throw new ConfigurationException(URL_KEY, "the schema registry answered HTTP " + status + " for subject " + subject + " (" + message + ")");
    }

    /** The registry is down or failing for now (I/O, 5xx): worth trying again, not a configuration problem. */
    public static final class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static String message(String body) {
        JsonNode error = read(body);
        return error.hasNonNull("message") ? error.get("message").asText() : "no message";
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
