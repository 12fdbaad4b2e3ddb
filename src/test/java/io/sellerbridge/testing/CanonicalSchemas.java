package io.sellerbridge.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas of the bundle's topics, as shipped in it, for tests to validate produced records. Consumers get
 * open schemas (a field or an Amazon value they do not know is fine); the bundle's own tests validate against a strict
 * variant made from the same file, so a field the bundle writes but the schema does not declare, or a value it does
 * not list, fails here first.
 */
public final class CanonicalSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonSchema> STRICT = new ConcurrentHashMap<>();
    private static final Map<String, JsonSchema> SHIPPED = new ConcurrentHashMap<>();

    private CanonicalSchemas() {
    }

    /** Violations of a record of the schema, e.g. "amazon.products.v1", with undeclared fields refused; empty when valid. */
    public static Set<ValidationMessage> violations(String schemaName, String json) {
        return validate(STRICT.computeIfAbsent(schemaName, n -> compile(strict(shipped(n)))), json);
    }

    /** Violations as a consumer sees them, with the schema as shipped. */
    public static Set<ValidationMessage> shippedViolations(String schemaName, String json) {
        return validate(SHIPPED.computeIfAbsent(schemaName, n -> compile(shipped(n))), json);
    }

    /** The schema file as shipped, e.g. for its {@code $id}. */
    public static JsonNode shipped(String schemaName) {
        String resource = "/schemas/" + schemaName + ".schema.json";
        try (InputStream in = CanonicalSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no schema " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy in which every object with declared properties refuses any other, and every Amazon value with its known
     * values listed ({@code examples}) takes only those: the bundle dead-letters a value it does not know.
     */
    static JsonNode strict(JsonNode schema) {
        JsonNode copy = schema.deepCopy();
        close(copy);
        return copy;
    }

    private static void close(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            if (object.path("examples").isArray() && "string".equals(object.path("type").asText())) {
                object.set("enum", object.get("examples"));
            }
        }
        node.forEach(CanonicalSchemas::close);
    }

    private static JsonSchema compile(JsonNode schema) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
    }

    private static Set<ValidationMessage> validate(JsonSchema schema, String json) {
        try {
            return schema.validate(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
