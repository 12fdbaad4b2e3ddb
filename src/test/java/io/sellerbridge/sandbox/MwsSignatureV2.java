package io.sellerbridge.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 2 as MWS verified it. Deliberately strict, because the client bugs it exists to
 * catch are all near misses: a hex instead of a raw-bytes digest, a case-insensitive sort, '+' for space,
 * lower-case hex escapes, an encoded '~', or a Host that differs from the one sent.
 */
final class MwsSignatureV2 {

    private MwsSignatureV2() {
    }

    /**
     * VERB \n lowercase(Host header as sent, port included) \n path \n canonical query. MWS says standard
     * ports are left out; the sandbox simply signs whatever Host value arrived, e.g. "127.0.0.1:34567".
     */
    static String stringToSign(String method, String host, String path, Map<String, String> params) {
        return method.toUpperCase(Locale.ROOT) + "\n" + host.toLowerCase(Locale.ROOT) + "\n"
                + (path.isEmpty() ? "/" : path) + "\n" + canonicalQuery(params);
    }

    /** Every parameter but Signature, sorted by name in byte order, RFC 3986-encoded, joined with '&'. */
    static String canonicalQuery(Map<String, String> params) {
        List<String> names = new ArrayList<>(params.keySet());
        names.remove("Signature");
        names.sort(MwsSignatureV2::compareBytes);
        return names.stream().map(n -> percentEncode(n) + "=" + percentEncode(params.get(n)))
                .collect(Collectors.joining("&"));
    }

    /** RFC 3986: A-Z a-z 0-9 - _ . ~ stay, every other UTF-8 byte becomes %XY with upper-case hex. */
    static String percentEncode(String value) {
        StringBuilder sb = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return sb.toString();
    }

    /** Base64 of the raw HMAC digest (44 characters for HmacSHA256). {@code algorithm}: HmacSHA256 or HmacSHA1. */
    static String sign(String secretKey, String stringToSign, String algorithm) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), algorithm));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }

    /** Constant-time comparison, so the sandbox does not model a timing oracle either. */
    static boolean matches(String expected, String provided) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                provided.getBytes(StandardCharsets.UTF_8));
    }

    /** "Natural byte ordering" of the UTF-8 names: upper case before lower case ("MWSAuthToken" &lt; "Marketplace"). */
    private static int compareBytes(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
