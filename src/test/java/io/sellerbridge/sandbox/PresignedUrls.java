package io.sellerbridge.sandbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Report document URLs that look and behave like S3 presigned URLs (query-string SigV4): X-Amz-Date and
 * X-Amz-Expires say how long the URL works, X-Amz-Signature is an HMAC over the key and both, with a key only this
 * sandbox knows. Changing any of them breaks the signature; waiting past the expiry makes the URL expire.
 */
final class PresignedUrls {

    enum Verdict { VALID, MISSING_PARAMETERS, SIGNATURE_MISMATCH, EXPIRED }

    /** The verdict, and for an expired URL when it expired. */
    record Check(Verdict verdict, Instant expiredAt, long expiresSeconds) {
    }

    static final String PATH = "/report-documents/";
    private static final String CREDENTIAL_KEY = "AKIASANDBOXREPORTS";
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SCOPE_DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private final byte[] key = new byte[32];

    PresignedUrls() {
        new SecureRandom().nextBytes(key);
    }

    /** The path and query of a URL for the document, valid for {@code ttl} (whole seconds) from {@code now}. */
    String pathAndQuery(String documentId, Instant now, Duration ttl) {
        String date = AMZ_DATE.format(now);
        String expires = Long.toString(ttl.toSeconds());
        String credential = CREDENTIAL_KEY + "/" + SCOPE_DATE.format(now) + "/us-east-1/s3/aws4_request";
        return PATH + documentId + "?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=" + URLEncoder.encode(credential, StandardCharsets.UTF_8)
                + "&X-Amz-Date=" + date + "&X-Amz-Expires=" + expires + "&X-Amz-SignedHeaders=host"
                + "&X-Amz-Signature=" + signature(documentId, credential, date, expires);
    }

    Check check(String documentId, QueryParams query, Instant now) {
        String credential = query.first("X-Amz-Credential");
        String date = query.first("X-Amz-Date");
        String expires = query.first("X-Amz-Expires");
        String signature = query.first("X-Amz-Signature");
        if (credential == null || date == null || expires == null || signature == null
                || !"AWS4-HMAC-SHA256".equals(query.first("X-Amz-Algorithm"))) {
            return new Check(Verdict.MISSING_PARAMETERS, null, 0);
        }
        byte[] expected = signature(documentId, credential, date, expires).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
            return new Check(Verdict.SIGNATURE_MISMATCH, null, 0);
        }
        try { // signed by us, so both parse
            long seconds = Long.parseLong(expires);
            Instant expiresAt = Instant.from(AMZ_DATE.parse(date)).plusSeconds(seconds);
            return now.isBefore(expiresAt) ? new Check(Verdict.VALID, null, seconds)
                    : new Check(Verdict.EXPIRED, expiresAt, seconds);
        } catch (DateTimeParseException | NumberFormatException e) {
            return new Check(Verdict.SIGNATURE_MISMATCH, null, 0);
        }
    }

    private String signature(String documentId, String credential, String date, String expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String stringToSign = "GET\n" + PATH + documentId + "\n" + credential + "\n" + date + "\n" + expires;
            return HexFormat.of().formatHex(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }
}
