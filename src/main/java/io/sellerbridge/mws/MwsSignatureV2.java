package io.sellerbridge.mws;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * AWS Signature Version 2 with HmacSHA256, as MWS checks it (MWS Developer Guide, "Signing a query request").
 * Pure functions; every detail below is one Amazon rejects with {@code SignatureDoesNotMatch} when done otherwise.
 */
public final class MwsSignatureV2 {

    public static final String SIGNATURE = "Signature";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private MwsSignatureV2() {
    }

    /**
     * All parameters except {@code Signature}, sorted by name in byte order (so {@code MWSAuthToken} comes before
     * {@code MarketplaceId}: case-sensitive, unlike a "natural" sort), each name and value RFC 3986 encoded.
     */
    public static String canonicalQuery(Map<String, String> params) {
        List<String> names = new ArrayList<>(params.keySet());
        names.remove(SIGNATURE);
        names.sort((a, b) -> Arrays.compareUnsigned(utf8(a), utf8(b)));
        StringJoiner query = new StringJoiner("&");
        for (String name : names) {
            String value = params.get(name);
            if (value == null) {
                throw new IllegalArgumentException("MWS parameter " + name + " has no value");
            }
            query.add(encode(name) + "=" + encode(value));
        }
        return query.toString();
    }

    /** Verb, Host header, path and canonical query, one per line: what Amazon recomputes from the request it got. */
    public static String stringToSign(String method, String hostHeader, String path, Map<String, String> params) {
        return method + "\n" + normalisedHost(hostHeader) + "\n" + (path == null || path.isEmpty() ? "/" : path)
                + "\n" + canonicalQuery(params);
    }

    /** Base64 of the raw 32-byte HMAC-SHA256 digest (44 characters). Hex, or Base64 of hex, is refused by MWS. */
    public static String sign(String stringToSign, String secretKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }

    /** The request as sent: canonical query plus the encoded signature (its '+', '/' and '=' must be escaped). */
    public static String signedQuery(String method, String hostHeader, String path, Map<String, String> params,
                                     String secretKey) {
        String signature = sign(stringToSign(method, hostHeader, path, params), secretKey);
        return canonicalQuery(params) + "&" + SIGNATURE + "=" + encode(signature);
    }

    /** The Host header a client sends for this endpoint: lowercase host, port only when it is not 80/443. */
    public static String hostHeader(URI endpoint) {
        if (endpoint.getHost() == null) {
            throw new IllegalArgumentException("MWS endpoint has no host: " + endpoint);
        }
        int port = endpoint.getPort();
        return normalisedHost(port < 0 ? endpoint.getHost() : endpoint.getHost() + ":" + port);
    }

    /**
     * RFC 3986: A-Z a-z 0-9 - _ . ~ stay, every other UTF-8 byte becomes %XY with uppercase hex. Not
     * {@link java.net.URLEncoder}: that writes '+' for space and escapes '~'.
     */
    public static String encode(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (byte b : utf8(value)) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static String normalisedHost(String hostHeader) {
        String host = hostHeader.toLowerCase(Locale.ROOT);
        // "Standard port numbers should not be included" (MWS Developer Guide)
        if (host.endsWith(":80")) {
            return host.substring(0, host.length() - 3);
        }
        if (host.endsWith(":443")) {
            return host.substring(0, host.length() - 4);
        }
        return host;
    }

    /** Strict: a lone surrogate would otherwise become '?' and be signed as something the caller never meant. */
    private static byte[] utf8(String value) {
        try {
            ByteBuffer bytes = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(value));
            byte[] out = new byte[bytes.remaining()];
            bytes.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("MWS parameter is not valid Unicode text", e);
        }
    }
}
