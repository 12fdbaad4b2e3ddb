package io.sellerbridge.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
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

/** The JSON Schemas of the canonical topics, as shipped in the bundle, for tests to validate produced messages. */
public final class CanonicalSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonSchema> LOADED = new ConcurrentHashMap<>();

    private CanonicalSchemas() {
    }

    /** Schema violations of a message of the topic, e.g. "amazon.products.v1"; empty when valid. */
    public static Set<ValidationMessage> violations(String schemaName, String json) {
        try {
            return LOADED.computeIfAbsent(schemaName, CanonicalSchemas::load).validate(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema load(String schemaName) {
        String resource = "/schemas/" + schemaName + ".schema.json";
        try (InputStream in = CanonicalSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no schema " + resource);
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
