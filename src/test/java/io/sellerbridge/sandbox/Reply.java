package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An HTTP response before it is written, so the pipeline can add headers or garble the body.
 * {@code throttle} marks a throttling answer, so stats can tell MWS's 503 RequestThrottled from other 503s.
 */
record Reply(int status, byte[] body, Map<String, String> headers, boolean throttle) {

    static final String JSON = "application/json";
    /** An MWS answer carries its own request id (also in its XML body) and gets no x-amzn-RequestId. */
    static final String MWS_REQUEST_ID = "x-mws-request-id";

    Reply {
        headers = Map.copyOf(headers);
    }

    Reply(int status, byte[] body, Map<String, String> headers) {
        this(status, body, headers, false);
    }

    static Reply json(int status, JsonNode body) {
        return new Reply(status, Json.bytes(body), Map.of());
    }

    static Reply spError(int status, String code, String message, String details) {
        return new Reply(status, JsonErrors.spApi(code, message, details), Map.of());
    }

    static Reply invalidInput(String message) {
        return spError(400, "InvalidInput", message, "");
    }

    static Reply notFound(String message) {
        return spError(404, "NotFound", message, "");
    }

    /** Amazon's throttling answer: 429 QuotaExceeded, TooManyRequestsException, never a rate header. */
    static Reply quotaExceeded() {
        return spError(429, "QuotaExceeded", "You exceeded your quota for the requested resource.", "")
                .withHeader("x-amzn-ErrorType", "TooManyRequestsException").asThrottle();
    }

    Reply withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Reply(status, body, copy, throttle);
    }

    Reply asThrottle() {
        return new Reply(status, body, headers, true);
    }

    /** Keeps the status but cuts the JSON or XML in half, as a dropped proxy connection would. */
    Reply truncated() {
        String text = new String(body, StandardCharsets.UTF_8);
        String cut = text.substring(0, Math.max(1, text.length() / 2));
        return new Reply(status, cut.getBytes(StandardCharsets.UTF_8), headers, throttle);
    }

    void send(HttpExchange exchange) throws IOException {
        var out = exchange.getResponseHeaders();
        out.set("Content-Type", JSON);
        if (!headers.containsKey(MWS_REQUEST_ID)) {
            out.set("x-amzn-RequestId", UUID.randomUUID().toString());
        }
        headers.forEach(out::set);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        }
    }
}
