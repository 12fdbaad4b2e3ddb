package io.sellerbridge.sandbox;

import io.sellerbridge.mws.SignatureV2Vectors;
import static io.sellerbridge.sandbox.SandboxMwsClient.errorCode;
import static io.sellerbridge.sandbox.SandboxMwsClient.errorMessage;
import static io.sellerbridge.sandbox.SandboxMwsClient.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Signature Version 2 and the other checks MWS made before it looked at an action's parameters. */
class SandboxMwsSignatureTest {
    private static final SandboxSeller ONE = SandboxSeller.DEFAULT;
    private static final SandboxSeller TWO = SandboxSeller.SECOND;
    /** Another seller that authorised ONE's developer keys, as a third-party MWS app would be. */
    private static final SandboxSeller DELEGATED = new SandboxSeller("A2SANDBOXSELLER3",
            "amzn1.application-oa2-client.sandbox1", "sandbox-client-secret-1", "Atzr|sbx-seller-3",
            List.of("ATVPDKIKX0DER"), ONE.mwsAccessKeyId(), ONE.mwsSecretKey(),
            "amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE");

    private static AmazonSandbox sandbox;
    private static SandboxMwsClient mws;

    @BeforeAll
    static void start() {
        // generous GetOrder bucket: this class tests authentication, not throttling
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().orderCount(3).sellers(List.of(ONE, TWO, DELEGATED))
                .rate("GetOrder", 100, 1000));
        mws = new SandboxMwsClient(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void the_aws_published_vector_signs_to_the_published_value() {
        String stringToSign = SignatureV2Vectors.AWS_PUBLISHED_STRING_TO_SIGN;

        assertEquals(SignatureV2Vectors.AWS_PUBLISHED_SIGNATURE,
                MwsSignatureV2.sign(SignatureV2Vectors.AWS_EXAMPLE_SECRET, stringToSign, "HmacSHA256"));
        assertEquals(SignatureV2Vectors.AWS_PUBLISHED_SIGNATURE,
                SandboxMwsClient.hmacBase64(SignatureV2Vectors.AWS_EXAMPLE_SECRET, stringToSign));
    }

    @Test
    void canonical_query_sorts_by_byte_and_encodes_per_rfc_3986() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("B", "a b");
        params.put("A", "x~y*z/é");
        params.put("a", "lower");
        params.put("Z", "+:");
        params.put("Signature", "left out");

        assertEquals("A=x~y%2Az%2F%C3%A9&B=a%20b&Z=%2B%3A&a=lower", MwsSignatureV2.canonicalQuery(params));
        assertEquals("MWSAuthToken=t&Marketplace=m",
                MwsSignatureV2.canonicalQuery(Map.of("Marketplace", "m", "MWSAuthToken", "t")));
    }

    @Test
    void the_derived_list_orders_vector_matches_the_verifiers_string_to_sign_and_signature() {
        Map<String, String> p = new TreeMap<>(SignatureV2Vectors.listOrdersDocParams());

        String sts = MwsSignatureV2.stringToSign("POST", "MWS.amazonservices.jp", "/Orders/2013-09-01", p);

        assertEquals("POST\nmws.amazonservices.jp\n/Orders/2013-09-01\n" + SignatureV2Vectors.LIST_ORDERS_CANONICAL_QUERY, sts);
        assertEquals(SignatureV2Vectors.LIST_ORDERS_POST_SIGNATURE,
                MwsSignatureV2.sign(SignatureV2Vectors.AWS_EXAMPLE_SECRET, sts, "HmacSHA256"));
    }

    @Test
    void a_correctly_signed_request_is_answered_in_the_body_or_in_the_query_string() {
        TreeMap<String, String> p = getOrderParams(ONE, Instant.now());

        HttpResponse<String> post = mws.post(mws.signed(p, ONE.mwsSecretKey(), "POST"));
        HttpResponse<String> get = mws.get(mws.signed(p, ONE.mwsSecretKey(), "GET"));

        assertEquals(1, SandboxMwsClient.children(SandboxMwsClient.child(result(post, "GetOrder"), "Orders"), "Order").size());
        assertEquals(200, get.statusCode(), get.body());
        assertTrue(post.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"));
        assertTrue(post.headers().firstValue("x-mws-request-id").isPresent());
    }

    @Test
    void a_hex_encoded_signature_is_403_signature_does_not_match() {
        TreeMap<String, String> p = getOrderParams(ONE, Instant.now());
        String hex = SandboxMwsClient.hmacHex(ONE.mwsSecretKey(), mws.stringToSign("POST", p));
        p.put("Signature", hex);

        HttpResponse<String> r = mws.post(p);

        assertEquals(64, hex.length());
        assertEquals(403, r.statusCode());
        assertEquals("SignatureDoesNotMatch", errorCode(r));
        assertEquals("The request signature we calculated does not match the signature you provided. Check your AWS "
                + "Secret Access Key and signing method. Consult the service documentation for details.", errorMessage(r));
        assertEquals("Sender", SandboxMwsClient.text(SandboxMwsClient.child(SandboxMwsClient.xml(r).getDocumentElement(),
                "Error"), "Type"));
        assertEquals(36, SandboxMwsClient.text(SandboxMwsClient.xml(r).getDocumentElement(), "RequestID").length());
    }

    @Test
    void signing_another_verb_path_or_secret_or_sending_a_raw_plus_breaks_the_signature() {
        TreeMap<String, String> p = getOrderParams(ONE, Instant.now());
        TreeMap<String, String> wrongVerb = mws.signed(p, ONE.mwsSecretKey(), "GET");
        TreeMap<String, String> wrongSecret = mws.signed(p, TWO.mwsSecretKey(), "POST");
        // "+00:00" un-encoded arrives as " 00:00", so the sandbox signs a different Timestamp
        TreeMap<String, String> offset = new TreeMap<>(p);
        offset.put("Timestamp", Instant.now().toString().replace("Z", "+00:00"));
        String signature = mws.signed(offset, ONE.mwsSecretKey(), "POST").get("Signature");
        String rawPlus = SandboxMwsClient.canonical(offset).replace("%2B00%3A00", "+00:00")
                + "&Signature=" + SandboxMwsClient.rfc3986(signature);

        assertEquals("SignatureDoesNotMatch", errorCode(mws.post(wrongVerb)));
        assertEquals("SignatureDoesNotMatch", errorCode(mws.post(wrongSecret)));
        assertEquals("SignatureDoesNotMatch", errorCode(mws.postRaw(rawPlus)));
        assertEquals(200, mws.post(mws.signed(offset, ONE.mwsSecretKey(), "POST")).statusCode());
    }

    @Test
    void a_timestamp_more_than_15_minutes_off_is_400_request_expired() {
        HttpResponse<String> old = mws.post(mws.signed(getOrderParams(ONE, Instant.now().minus(Duration.ofMinutes(20))),
                ONE.mwsSecretKey(), "POST"));
        HttpResponse<String> future = mws.post(mws.signed(getOrderParams(ONE, Instant.now().plus(Duration.ofMinutes(20))),
                ONE.mwsSecretKey(), "POST"));
        HttpResponse<String> slightlyOld = mws.post(mws.signed(getOrderParams(ONE,
                Instant.now().minus(Duration.ofMinutes(14))), ONE.mwsSecretKey(), "POST"));

        assertEquals(400, old.statusCode());
        assertEquals("RequestExpired", errorCode(old));
        assertEquals(400, future.statusCode());
        assertEquals("RequestExpired", errorCode(future));
        assertEquals(200, slightlyOld.statusCode());
    }

    @Test
    void unknown_access_key_is_403_and_a_seller_of_another_key_is_401() {
        SandboxSeller impostor = new SandboxSeller(ONE.sellerId(), ONE.clientId(), ONE.clientSecret(),
                ONE.refreshToken(), ONE.marketplaceIds(), "AKIANOSUCHKEY", ONE.mwsSecretKey(), null);
        TreeMap<String, String> otherSeller = getOrderParams(ONE, Instant.now());
        otherSeller.put("SellerId", TWO.sellerId());

        HttpResponse<String> unknownKey = mws.post(mws.signed(getOrderParams(impostor, Instant.now()),
                impostor.mwsSecretKey(), "POST"));
        HttpResponse<String> wrongSeller = mws.post(mws.signed(otherSeller, ONE.mwsSecretKey(), "POST"));

        assertEquals(403, unknownKey.statusCode());
        assertEquals("InvalidAccessKeyId", errorCode(unknownKey));
        assertEquals(401, wrongSeller.statusCode());
        assertEquals("AccessDenied", errorCode(wrongSeller));
    }

    @Test
    void a_delegated_seller_needs_its_mws_auth_token() {
        TreeMap<String, String> withToken = getOrderParams(DELEGATED, Instant.now());
        TreeMap<String, String> withoutToken = new TreeMap<>(withToken);
        withoutToken.remove("MWSAuthToken");

        assertEquals(200, mws.post(mws.signed(withToken, DELEGATED.mwsSecretKey(), "POST")).statusCode());
        assertEquals("AccessDenied", errorCode(mws.post(mws.signed(withoutToken, DELEGATED.mwsSecretKey(), "POST"))));
    }

    @Test
    void missing_or_wrong_common_parameters_are_400_invalid_parameter_value_naming_them() {
        TreeMap<String, String> noSeller = getOrderParams(ONE, Instant.now());
        noSeller.remove("SellerId");
        TreeMap<String, String> version = getOrderParams(ONE, Instant.now());
        version.put("Version", "2011-01-01");
        TreeMap<String, String> noAction = getOrderParams(ONE, Instant.now());
        noAction.remove("Action");
        TreeMap<String, String> otherAction = getOrderParams(ONE, Instant.now());
        otherAction.put("Action", "GetServiceStatus");

        HttpResponse<String> r = mws.post(mws.signed(noSeller, ONE.mwsSecretKey(), "POST"));
        assertEquals(400, r.statusCode());
        assertEquals("InvalidParameterValue", errorCode(r));
        assertTrue(errorMessage(r).contains("SellerId"), errorMessage(r));
        assertTrue(errorMessage(mws.post(mws.signed(version, ONE.mwsSecretKey(), "POST"))).contains("Version"));
        assertTrue(errorMessage(mws.post(mws.signed(noAction, ONE.mwsSecretKey(), "POST"))).contains("Action"));
        HttpResponse<String> unknown = mws.post(mws.signed(otherAction, ONE.mwsSecretKey(), "POST"));
        assertEquals(400, unknown.statusCode());
        assertTrue(errorMessage(unknown).contains("GetServiceStatus"), errorMessage(unknown));
        assertNotEquals(404, mws.postRaw("").statusCode());
    }

    private TreeMap<String, String> getOrderParams(SandboxSeller seller, Instant timestamp) {
        TreeMap<String, String> p = SandboxMwsClient.common(seller, "GetOrder", timestamp);
        p.put("AmazonOrderId.Id.1", sandbox.data().orders(seller.sellerId()).get(0).get("AmazonOrderId").asText());
        return p;
    }
}
