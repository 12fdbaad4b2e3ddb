package io.sellerbridge.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of the Confluent Schema Registry REST API the bundle uses, as Confluent documents it: register a schema
 * under a subject ({@code POST /subjects/<subject>/versions}, the same schema twice gets the same id) and read a
 * subject's latest version back. No Confluent-compatible registry is on Maven Central (Confluent's is in Confluent's
 * own repository, Apicurio's is a Quarkus application), hence this stand-in; it checks the request as the real one
 * does: the content type, {@code schemaType} JSON, a schema that parses, basic auth when set.
 */
public final class SchemaRegistryStub implements AutoCloseable {

    public record Registered(String subject, int version, int id, String schemaType, String schema) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VERSIONS = Pattern.compile("/subjects/([^/]+)/versions(/latest)?");

    private final HttpServer server;
    private final String authorization;
    private final Map<String, List<Registered>> subjects = new ConcurrentHashMap<>();
    private final Map<String, Integer> ids = new ConcurrentHashMap<>();
    private final Set<String> incompatible = ConcurrentHashMap.newKeySet();
    private final AtomicInteger failing = new AtomicInteger();

    private SchemaRegistryStub(String userInfo) throws IOException {
        this.authorization = userInfo == null ? null
                : "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public static SchemaRegistryStub start() throws IOException {
        return new SchemaRegistryStub(null);
    }

    /** A registry that wants HTTP basic auth with {@code user:password}. */
    public static SchemaRegistryStub withBasicAuth(String userInfo) throws IOException {
        return new SchemaRegistryStub(userInfo);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** From now on, a new schema for the subject is refused as incompatible (409), as under BACKWARD compatibility. */
    public void refuseNewVersionsOf(String subject) {
        incompatible.add(subject);
    }

    /** The next {@code requests} requests are answered 503, as a registry that is restarting. */
    public void unavailableFor(int requests) {
        failing.set(requests);
    }

    public Map<String, List<Registered>> subjects() {
        return Map.copyOf(subjects);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (failing.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                reply(exchange, 503, error(50003, "Service Unavailable"));
                return;
            }
            if (authorization != null && !authorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                reply(exchange, 401, error(40101, "Unauthorized"));
                return;
            }
            Matcher m = VERSIONS.matcher(exchange.getRequestURI().getRawPath());
            if (!m.matches()) {
                reply(exchange, 404, error(404, "HTTP 404 Not Found"));
                return;
            }
            String subject = URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
            if ("GET".equals(exchange.getRequestMethod()) && m.group(2) != null) {
                latest(exchange, subject);
            } else if ("POST".equals(exchange.getRequestMethod()) && m.group(2) == null) {
                register(exchange, subject);
            } else {
                reply(exchange, 405, error(405, "HTTP 405 Method Not Allowed"));
            }
        }
    }

    private void register(HttpExchange exchange, String subject) throws IOException {
        String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        JsonNode request = JSON.readTree(exchange.getRequestBody());
        if (!contentType.startsWith("application/vnd.schemaregistry.v1+json") && !contentType.startsWith("application/json")) {
            reply(exchange, 415, error(415, "Unsupported Media Type " + contentType));
            return;
        }
        String schemaType = request.path("schemaType").asText("AVRO");
        String schema = request.path("schema").asText();
        try {
            JSON.readTree(schema);
        } catch (IOException e) {
            reply(exchange, 422, error(42201, "Invalid schema"));
            return;
        }
        List<Registered> versions = subjects.computeIfAbsent(subject, s -> new ArrayList<>());
        synchronized (versions) {
            for (Registered r : versions) {
                if (r.schema().equals(schema) && r.schemaType().equals(schemaType)) {
                    reply(exchange, 200, Map.of("id", r.id()));
                    return;
                }
            }
            if (!versions.isEmpty() && incompatible.contains(subject)) {
                reply(exchange, 409, error(409, "Schema being registered is incompatible with an earlier schema for subject \""
                        + subject + "\""));
                return;
            }
            int id = ids.computeIfAbsent(schemaType + schema, s -> ids.size() + 1);
            versions.add(new Registered(subject, versions.size() + 1, id, schemaType, schema));
            reply(exchange, 200, Map.of("id", id));
        }
    }

    private void latest(HttpExchange exchange, String subject) throws IOException {
        List<Registered> versions = subjects.get(subject);
        if (versions == null || versions.isEmpty()) {
            reply(exchange, 404, error(40401, "Subject '" + subject + "' not found."));
            return;
        }
        Registered r = versions.get(versions.size() - 1);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subject", r.subject());
        body.put("version", r.version());
        body.put("id", r.id());
        body.put("schemaType", r.schemaType());
        body.put("schema", r.schema());
        reply(exchange, 200, body);
    }

    private static Map<String, Object> error(int code, String message) {
        return Map.of("error_code", code, "message", message);
    }

    private static void reply(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/vnd.schemaregistry.v1+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
