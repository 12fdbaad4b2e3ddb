package io.sellerbridge.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Who an MWS request speaks for. Checks, in this order: the common parameters, the access key, the
 * Signature Version 2 signature, the Timestamp (at most 15 minutes off the sandbox clock, either way),
 * then that the SellerId (and MWSAuthToken, if the seller has one) belongs to that access key.
 */
final class MwsAuth {
    static final String VERSION = "2013-09-01";
    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(15);

    private final List<SandboxSeller> sellers;

    MwsAuth(List<SandboxSeller> sellers) {
        this.sellers = sellers;
    }

    /** The seller the request is signed for; throws the MWS error otherwise. */
    SandboxSeller authenticate(String method, String host, String path, MwsParams p, String action, Instant now) {
        String accessKey = p.required("AWSAccessKeyId");
        String sellerId = p.required("SellerId");
        String signature = p.required("Signature");
        String timestamp = p.required("Timestamp");
        String version = p.required("Version");
        String signatureVersion = p.required("SignatureVersion");
        String signatureMethod = p.required("SignatureMethod");
        if (!VERSION.equals(version)) {
            throw MwsRequestException.invalidParameter("Invalid Version " + version + ": this section is " + VERSION + ".");
        }
        if (!"2".equals(signatureVersion)) {
            throw MwsRequestException.invalidParameter("Invalid SignatureVersion " + signatureVersion + ": must be 2.");
        }
        if (!"HmacSHA256".equals(signatureMethod) && !"HmacSHA1".equals(signatureMethod)) {
            throw MwsRequestException.invalidParameter("Invalid SignatureMethod " + signatureMethod
                    + ": must be HmacSHA256 or HmacSHA1.");
        }
        List<SandboxSeller> ofKey = sellers.stream().filter(s -> s.mwsAccessKeyId().equals(accessKey)).toList();
        if (ofKey.isEmpty()) {
            throw new MwsRequestException(403, "InvalidAccessKeyId",
                    "The AWS Access Key Id you provided does not exist in our records.");
        }
        String expected = MwsSignatureV2.sign(ofKey.get(0).mwsSecretKey(),
                MwsSignatureV2.stringToSign(method, host == null ? "" : host, path, p.all()), signatureMethod);
        if (!MwsSignatureV2.matches(expected, signature)) {
            throw new MwsRequestException(403, "SignatureDoesNotMatch", MwsErrors.SIGNATURE_DOES_NOT_MATCH);
        }
        Instant sent = IsoTimes.parse(timestamp);
        if (sent == null) {
            throw MwsRequestException.invalidParameter("Timestamp " + timestamp + " is not a valid ISO-8601 date/time.");
        }
        if (Duration.between(sent, now).abs().compareTo(MAX_CLOCK_SKEW) > 0) {
            // AWS Query services answer a stale or far-future Timestamp with 400 RequestExpired
            throw new MwsRequestException(400, "RequestExpired", "Request has expired. Timestamp date is "
                    + timestamp + ", more than 15 minutes from the current time " + IsoTimes.format(now) + ".");
        }
        SandboxSeller seller = ofKey.stream().filter(s -> s.sellerId().equals(sellerId)).findFirst().orElse(null);
        if (seller == null || !Objects.equals(seller.mwsAuthToken(), emptyToNull(p.first("MWSAuthToken")))) {
            throw new MwsRequestException(401, "AccessDenied", "Access to Orders." + action + " is denied");
        }
        return seller;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
