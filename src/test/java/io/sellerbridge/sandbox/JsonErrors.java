package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The two error body dialects: SP-API's {"errors":[...]} and LWA's OAuth2 {"error_description","error"}. */
final class JsonErrors {

    private JsonErrors() {
    }

    static byte[] spApi(String code, String message, String details) {
        ObjectNode error = Json.object();
        error.put("code", code);
        error.put("message", message);
        error.put("details", details);
        ObjectNode body = Json.object();
        body.putArray("errors").add(error);
        return Json.bytes(body);
    }

    static byte[] lwa(String error, String description) {
        ObjectNode body = Json.object();
        body.put("error_description", description); // Amazon's field order
        body.put("error", error);
        return Json.bytes(body);
    }
}
