package io.sellerbridge.sandbox;

import io.sellerbridge.mws.ErrorResponse;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Test helper: an MWS client with its own Signature Version 2 signer, written independently of the
 * sandbox's verifier (URLEncoder plus the usual RFC 3986 fix-ups, a TreeMap for the byte-order sort of
 * ASCII names), so the two check each other.
 */
final class SandboxMwsClient {
    static final String NS = "https://mws.amazonservices.com/Orders/2013-09-01";
    static final String PATH = "/Orders/2013-09-01";

    private final String baseUrl;
    private final HttpClient client = SandboxHttp.newClient();

    SandboxMwsClient(AmazonSandbox sandbox) {
        this(sandbox.mwsUrl());
    }

    /** A client of one of the sandbox's endpoints ({@link AmazonSandbox#regionUrl}). */
    SandboxMwsClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The common parameters of a request for {@code seller}, stamped {@code timestamp}. */
    static TreeMap<String, String> common(SandboxSeller seller, String action, Instant timestamp) {
        TreeMap<String, String> p = new TreeMap<>(); // String order = byte order for ASCII names
        p.put("AWSAccessKeyId", seller.mwsAccessKeyId());
        p.put("Action", action);
        p.put("SellerId", seller.sellerId());
        if (seller.mwsAuthToken() != null) {
            p.put("MWSAuthToken", seller.mwsAuthToken());
        }
        p.put("SignatureMethod", "HmacSHA256");
        p.put("SignatureVersion", "2");
        p.put("Timestamp", timestamp.truncatedTo(ChronoUnit.MILLIS).toString());
        p.put("Version", "2013-09-01");
        return p;
    }

    /** A correctly signed POST, stamped now, with the action's own parameters as name/value pairs. */
    HttpResponse<String> call(SandboxSeller seller, String action, String... namesAndValues) {
        TreeMap<String, String> p = common(seller, action, Instant.now());
        for (int i = 0; i < namesAndValues.length; i += 2) {
            p.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return post(signed(p, seller.mwsSecretKey(), "POST"));
    }

    /** The parameters plus their Signature, computed for {@code method} against this sandbox's Host. */
    TreeMap<String, String> signed(Map<String, String> params, String secret, String method) {
        TreeMap<String, String> p = new TreeMap<>(params);
        p.remove("Signature");
        p.put("Signature", hmacBase64(secret, stringToSign(method, p)));
        return p;
    }

    String stringToSign(String method, Map<String, String> params) {
        return method + "\n" + host() + "\n" + PATH + "\n" + canonical(params);
    }

    /** POST with every parameter in the form body. */
    HttpResponse<String> post(Map<String, String> params) {
        return postRaw(canonical(params, true));
    }

    HttpResponse<String> postRaw(String formBody) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + PATH))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(formBody)));
    }

    /** GET with every parameter in the query string. */
    HttpResponse<String> get(Map<String, String> params) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + PATH + "?" + canonical(params, true))).GET());
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.header("User-Agent", "SellerBridgeTest/1.0 (Language=Java/17)")
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** "127.0.0.1:port", as the JDK client sends it in Host. */
    String host() {
        return URI.create(baseUrl).getAuthority();
    }

    static String hmacBase64(String secret, String stringToSign) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The classic bug: hex digits of the HMAC instead of base64 of its raw bytes. */
    static String hmacHex(String secret, String stringToSign) {
        byte[] raw = Base64.getDecoder().decode(hmacBase64(secret, stringToSign));
        return HexFormat.of().formatHex(raw);
    }

    static String canonical(Map<String, String> params) {
        return canonical(params, false);
    }

    private static String canonical(Map<String, String> params, boolean withSignature) {
        return new TreeMap<>(params).entrySet().stream()
                .filter(e -> withSignature || !"Signature".equals(e.getKey()))
                .map(e -> rfc3986(e.getKey()) + "=" + rfc3986(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String rfc3986(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    /** Namespace-aware DOM of an answer. */
    static Document xml(HttpResponse<String> r) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(r.body())));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not XML: " + r.body(), e);
        }
    }

    /** Direct children of {@code parent} named {@code localName} in the Orders namespace. */
    static List<Element> children(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }

    static Element child(Element parent, String localName) {
        List<Element> c = children(parent, localName);
        return c.isEmpty() ? null : c.get(0);
    }

    /** Text of the direct child, or null when there is none. */
    static String text(Element parent, String localName) {
        Element c = child(parent, localName);
        return c == null ? null : c.getTextContent();
    }

    /** Local names of all direct child elements, in document order. */
    static List<String> childNames(Element parent) {
        List<String> names = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                names.add(e.getLocalName());
            }
        }
        return names;
    }

    /** The Result element of a 200 answer, e.g. ListOrdersResult. */
    static Element result(HttpResponse<String> r, String action) {
        if (r.statusCode() != 200) {
            throw new AssertionError(action + " answered " + r.statusCode() + ": " + r.body());
        }
        Element root = xml(r).getDocumentElement();
        if (!NS.equals(root.getNamespaceURI()) || !(action + "Response").equals(root.getLocalName())) {
            throw new AssertionError("unexpected root " + root.getNamespaceURI() + " " + root.getLocalName());
        }
        return child(root, action + "Result");
    }

    /** The Code of an ErrorResponse. */
    static String errorCode(HttpResponse<String> r) {
        return text(child(xml(r).getDocumentElement(), "Error"), "Code");
    }

    static String errorMessage(HttpResponse<String> r) {
        return text(child(xml(r).getDocumentElement(), "Error"), "Message");
    }
}
