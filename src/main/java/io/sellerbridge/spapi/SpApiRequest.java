package io.sellerbridge.spapi;

import io.sellerbridge.amazon.AmazonCall;
import org.apache.camel.Exchange;
import org.apache.camel.component.http.HttpMethods;
import org.apache.camel.Message;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sets up one SP-API request as Camel HTTP headers for {@code direct:spapi-call}: method, path, query and body. Query
 * values are RFC 3986-encoded: Amazon rejects a '+' left unencoded in a date, and asks that tokens be URL-encoded.
 */
public final class SpApiRequest {

    private SpApiRequest() {
    }

    public static void get(Exchange exchange, String operation, String path, String query) {
        prepare(exchange, operation, "GET", path, query, null);
    }

    public static void post(Exchange exchange, String operation, String path, String jsonBody) {
        prepare(exchange, operation, "POST", path, null, jsonBody);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
    }

    public static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void prepare(Exchange exchange, String operation, String method, String path, String query, String body) {
        exchange.setProperty(AmazonCall.OPERATION, operation);
        Message m = exchange.getMessage();
        m.setBody(body);
        // the enum itself: as a string, Camel's HTTP producer would look a type converter up on every call
        m.setHeader(Exchange.HTTP_METHOD, HttpMethods.valueOf(method));
        m.setHeader(Exchange.HTTP_PATH, path);
        if (query == null) {
            m.removeHeader(Exchange.HTTP_QUERY);
        } else {
            m.setHeader(Exchange.HTTP_QUERY, query);
        }
    }
}
