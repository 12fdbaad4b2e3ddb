package io.sellerbridge.spapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.http.base.HttpOperationFailedException;

import java.io.IOException;

/**
 * What Amazon said when it refused an SP-API call, fit for a log line or a readiness detail: the code and message of
 * the first entry of its {@code errors} list. Never the raw body: a proxy's error page can be anything, and long.
 */
public final class SpApiErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SpApiErrors() {
    }

    public static String describe(HttpOperationFailedException e) {
        if (e == null || e.getResponseBody() == null) {
            return "no answer";
        }
        try {
            JsonNode error = JSON.readTree(e.getResponseBody()).path("errors").path(0);
            if (error.isObject()) {
                return error.path("code").asText("") + " " + error.path("message").asText("");
            }
        } catch (IOException notJson) {
            // below
        }
        return "an answer that is not Amazon's error JSON";
    }
}
