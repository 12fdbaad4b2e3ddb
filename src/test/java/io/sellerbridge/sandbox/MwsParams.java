package io.sellerbridge.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The decoded parameters of one MWS request: the query string plus an x-www-form-urlencoded body, as
 * MWS took either. Decoding turns a raw '+' into a space (form rules), so a client that does not
 * percent-encode '+' in a signature or date fails the way it did against MWS.
 */
final class MwsParams {
    private final Map<String, String> values;

    private MwsParams(Map<String, String> values) {
        this.values = values;
    }

    /**
     * Reads the query and body, then puts the body back, so the endpoint can read it once to find the
     * Action and again to answer. Malformed encoding or a repeated name is a 400.
     */
    static MwsParams read(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        exchange.setStreams(new ByteArrayInputStream(body), null);
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        boolean form = contentType == null
                || contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
        return parse(exchange.getRequestURI().getRawQuery(), form ? new String(body, StandardCharsets.UTF_8) : null);
    }

    static MwsParams parse(String rawQuery, String formBody) {
        Map<String, String> values = new LinkedHashMap<>();
        addPairs(rawQuery, values);
        addPairs(formBody, values);
        return new MwsParams(values);
    }

    /** The value, or null when absent. */
    String first(String name) {
        return values.get(name);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The value; a 400 naming the parameter when it is absent or empty. */
    String required(String name) {
        String v = values.get(name);
        if (v == null || v.isEmpty()) {
            throw MwsRequestException.invalidParameter("Required parameter " + name + " is missing or empty.");
        }
        return v;
    }

    /**
     * An enumerated list such as {@code MarketplaceId.Id.1, MarketplaceId.Id.2}, ordered by N; a member
     * whose N is not a positive number is a 400.
     */
    List<String> members(String prefix) {
        TreeMap<Integer, String> byIndex = new TreeMap<>();
        String start = prefix + ".";
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (!e.getKey().startsWith(start)) {
                continue;
            }
            String n = e.getKey().substring(start.length());
            int index;
            try {
                index = Integer.parseInt(n);
            } catch (NumberFormatException notANumber) {
                index = 0;
            }
            if (index < 1 || !n.equals(Integer.toString(index))) {
                throw MwsRequestException.invalidParameter("Invalid parameter name " + e.getKey()
                        + ": expected " + prefix + ".N with N = 1, 2, ...");
            }
            if (!e.getValue().isBlank()) {
                byIndex.put(index, e.getValue().trim());
            }
        }
        return new ArrayList<>(byIndex.values());
    }

    /** Every parameter, Signature included, in arrival order. */
    Map<String, String> all() {
        return Collections.unmodifiableMap(values);
    }

    private static void addPairs(String raw, Map<String, String> into) {
        if (raw == null || raw.isEmpty()) {
            return;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (into.putIfAbsent(name, value) != null) {
                throw MwsRequestException.invalidParameter("Parameter " + name + " is specified more than once.");
            }
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw MwsRequestException.invalidParameter("Malformed percent-encoding in the request parameters.");
        }
    }
}
