package io.sellerbridge.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a route file against the JSON Schema of Camel's YAML DSL that camel-yaml-dsl ships
 * ({@code schema/camelYamlDsl.json}, the one Camel's own YAML validator uses), and names each problem with its line.
 * A value that is a property placeholder ({@code "{{spapi.orders.enabled}}"}) stands for what it resolves to, so a
 * type mismatch on it is not reported.
 */
final class RouteFileSchema {

    private static final JsonSchema SCHEMA = load();

    private RouteFileSchema() {
    }

    /** The problems of one file, each as {@code <file>:<line>: <message>}; none when it is valid. */
    static List<String> problems(String file, String yaml) {
        Map<String, Integer> lines = new HashMap<>();
        Node root = compose(yaml);
        JsonNode json = toJson(root, "", lines);
        List<String> problems = new ArrayList<>();
        for (ValidationMessage m : SCHEMA.validate(json)) {
            if ("type".equals(m.getType()) && m.getInstanceNode() != null && m.getInstanceNode().isTextual()
                    && m.getInstanceNode().asText().contains("{{")) {
                continue;
            }
            // an unknown or missing key is named by the message: its own line is the one to fix
            String path = m.getProperty() == null ? pointer(m) : pointer(m) + "/" + m.getProperty();
            problems.add(file + ":" + line(lines, path) + ": " + m.getMessage());
        }
        problems.sort(null);
        return problems;
    }

    private static String pointer(ValidationMessage m) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < m.getInstanceLocation().getNameCount(); i++) {
            p.append('/').append(m.getInstanceLocation().getElement(i));
        }
        return p.toString();
    }

    /** The line of the node at the path, or of its nearest parent that has one. */
    private static int line(Map<String, Integer> lines, String path) {
        for (String p = path; ; p = p.substring(0, Math.max(0, p.lastIndexOf('/')))) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 1;
            }
        }
    }

    private static Node compose(String yaml) {
        LoadSettings settings = LoadSettings.builder().build();
        Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, yaml)));
        return composer.getSingleNode().orElseThrow(() -> new IllegalArgumentException("empty route file"));
    }

    private static JsonNode toJson(Node node, String path, Map<String, Integer> lines) {
        lines.put(path, node.getStartMark().map(m -> m.getLine() + 1).orElse(1));
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node instanceof MappingNode map) {
            ObjectNode o = f.objectNode();
            for (NodeTuple t : map.getValue()) {
                String key = ((ScalarNode) t.getKeyNode()).getValue();
                lines.put(path + "/" + key, t.getKeyNode().getStartMark().map(m -> m.getLine() + 1).orElse(1));
                o.set(key, toJson(t.getValueNode(), path + "/" + key, lines));
            }
            return o;
        }
        if (node instanceof SequenceNode seq) {
            ArrayNode a = f.arrayNode();
            for (int i = 0; i < seq.getValue().size(); i++) {
                a.add(toJson(seq.getValue().get(i), path + "/" + i, lines));
            }
            return a;
        }
        ScalarNode scalar = (ScalarNode) node;
        String v = scalar.getValue();
        Tag tag = scalar.getTag();
        if (Tag.BOOL.equals(tag)) {
            return f.booleanNode(Boolean.parseBoolean(v));
        }
        if (Tag.INT.equals(tag)) {
            return f.numberNode(Long.parseLong(v));
        }
        if (Tag.FLOAT.equals(tag)) {
            return f.numberNode(Double.parseDouble(v));
        }
        if (Tag.NULL.equals(tag)) {
            return f.nullNode();
        }
        return f.textNode(v);
    }

    private static JsonSchema load() {
        try (InputStream in = RouteFileSchema.class.getResourceAsStream("/schema/camelYamlDsl.json")) {
            if (in == null) {
                throw new IllegalStateException("camel-yaml-dsl's schema/camelYamlDsl.json is not on the class path");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
