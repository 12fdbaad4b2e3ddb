package io.sellerbridge.mws;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static io.sellerbridge.mws.SignatureV2Vectors.AWS_EXAMPLE_SECRET;
import static io.sellerbridge.mws.SignatureV2Vectors.AWS_PUBLISHED_SIGNATURE;
import static io.sellerbridge.mws.SignatureV2Vectors.AWS_PUBLISHED_STRING_TO_SIGN;
import static io.sellerbridge.mws.SignatureV2Vectors.LIST_ORDERS_CANONICAL_QUERY;
import static io.sellerbridge.mws.SignatureV2Vectors.LIST_ORDERS_GET_SIGNATURE;
import static io.sellerbridge.mws.SignatureV2Vectors.LIST_ORDERS_POST_HEX_DIGEST;
import static io.sellerbridge.mws.SignatureV2Vectors.LIST_ORDERS_POST_SIGNATURE;
import static io.sellerbridge.mws.SignatureV2Vectors.listOrdersDocParams;

/** The signer against {@link SignatureV2Vectors}: AWS's published vector and the MWS docs' ListOrders request. */
class MwsSignatureV2Test {

    @Test
    void givenTheAwsPublishedStringToSign_whenSigned_thenThePublishedBase64SignatureComesOut() {
        String signature = MwsSignatureV2.sign(AWS_PUBLISHED_STRING_TO_SIGN, AWS_EXAMPLE_SECRET);

        assertEquals(AWS_PUBLISHED_SIGNATURE, signature);
        assertEquals(44, signature.length(), "Base64 of a 32-byte digest");
    }

    @Test
    void givenTheAwsPublishedVector_whenTheDigestIsHexEncodedAsTheOriginalProjectDid_thenItIsNotTheSignature() {
        String hex = hexHmac(AWS_PUBLISHED_STRING_TO_SIGN, AWS_EXAMPLE_SECRET);

        assertEquals(64, hex.length());
        assertNotEquals(AWS_PUBLISHED_SIGNATURE, hex);
        assertNotEquals(hex, MwsSignatureV2.sign(AWS_PUBLISHED_STRING_TO_SIGN, AWS_EXAMPLE_SECRET));
    }

    @Test
    void givenTheDerivedListOrdersVector_whenSignedForPost_thenTheSameDigestIsBase64NotHex() {
        String stringToSign = MwsSignatureV2.stringToSign("POST", "mws.amazonservices.jp", "/Orders/2013-09-01",
                listOrdersDocParams());

        assertEquals("POST\nmws.amazonservices.jp\n/Orders/2013-09-01\n" + LIST_ORDERS_CANONICAL_QUERY, stringToSign);
        assertEquals(LIST_ORDERS_POST_SIGNATURE, MwsSignatureV2.sign(stringToSign, AWS_EXAMPLE_SECRET));
        assertEquals(LIST_ORDERS_POST_HEX_DIGEST, hexHmac(stringToSign, AWS_EXAMPLE_SECRET),
                "the vector's 'wrong hex output' is the hex of the very digest we Base64-encode");
    }

    @Test
    void givenTheDerivedListOrdersVector_whenSignedForGet_thenTheVerbIsPartOfTheSignature() {
        String stringToSign = MwsSignatureV2.stringToSign("GET", "mws.amazonservices.jp", "/Orders/2013-09-01",
                listOrdersDocParams());

        assertEquals(LIST_ORDERS_GET_SIGNATURE, MwsSignatureV2.sign(stringToSign, AWS_EXAMPLE_SECRET));
    }

    @Test
    void givenTheDerivedListOrdersVector_whenTheSignedQueryIsBuilt_thenTheSignatureIsAppendedPercentEncoded() {
        String signed = MwsSignatureV2.signedQuery("POST", "mws.amazonservices.jp", "/Orders/2013-09-01",
                listOrdersDocParams(), AWS_EXAMPLE_SECRET);

        assertEquals(LIST_ORDERS_CANONICAL_QUERY + "&Signature=2yS4yKMTUcAQqk2Jd3h2xv3Sc%2Fit23sVoZKWJaeNiLk%3D", signed);
    }

    @Test
    void givenTheMwsDeveloperGuideSubmitFeedParameters_whenCanonicalised_thenTheGuidesStringToSignComesOut() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Version", "2009-01-01");
        p.put("Timestamp", "2009-08-20T01:10:27.607Z");
        p.put("SignatureVersion", "2");
        p.put("SignatureMethod", "HmacSHA256");
        p.put("SellerId", "A1ExampleE6");
        p.put("Marketplace", "ATExampleER");
        p.put("MWSAuthToken", "amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE");
        p.put("FeedType", "_POST_INVENTORY_AVAILABILITY_DATA_");
        p.put("Action", "SubmitFeed");
        p.put("AWSAccessKeyId", "0PExampleR2");

        assertEquals("POST\nmws.amazonservices.com\n/Feeds/2009-01-01\nAWSAccessKeyId=0PExampleR2&Action=SubmitFeed"
                        + "&FeedType=_POST_INVENTORY_AVAILABILITY_DATA_"
                        + "&MWSAuthToken=amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE&Marketplace=ATExampleER"
                        + "&SellerId=A1ExampleE6&SignatureMethod=HmacSHA256&SignatureVersion=2"
                        + "&Timestamp=2009-08-20T01%3A10%3A27.607Z&Version=2009-01-01",
                MwsSignatureV2.stringToSign("POST", "mws.amazonservices.com", "/Feeds/2009-01-01", p));
    }

    @Test
    void givenMixedCaseNames_whenCanonicalised_thenTheyAreSortedByByteValueUppercaseFirst() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("SellerId", "S");
        p.put("MarketplaceId.Id.1", "M");
        p.put("MWSAuthToken", "T");

        assertEquals("MWSAuthToken=T&MarketplaceId.Id.1=M&SellerId=S", MwsSignatureV2.canonicalQuery(p));
    }

    @Test
    void givenTheRfc3986CornerCasesVector_whenCanonicalised_thenSpaceTildeSlashPlusAndUnicodeAreEncodedExactly() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("B", "a b");
        p.put("A", "x~y*z/é");
        p.put("a", "lower");
        p.put("Z", "+:");

        assertEquals("A=x~y%2Az%2F%C3%A9&B=a%20b&Z=%2B%3A&a=lower", MwsSignatureV2.canonicalQuery(p));
    }

    @Test
    void givenReservedAndNonAsciiCharacters_whenEncoded_thenUppercaseHexOfUtf8BytesAndNeverAPlus() {
        assertEquals("a%20b", MwsSignatureV2.encode("a b"));
        assertEquals("~-_.", MwsSignatureV2.encode("~-_."));
        assertEquals("%2F%2B%3D%26%25", MwsSignatureV2.encode("/+=&%"));
        assertEquals("Gr%C3%BCn", MwsSignatureV2.encode("Grün"));
        assertEquals("%E6%97%A5%E6%9C%AC", MwsSignatureV2.encode("日本"));
        assertEquals("%F0%9F%98%80", MwsSignatureV2.encode("\uD83D\uDE00"), "a supplementary character is 4 bytes");
    }

    @Test
    void givenALoneSurrogate_whenEncoded_thenItIsRefusedRatherThanSignedAsAQuestionMark() {
        assertThrows(IllegalArgumentException.class, () -> MwsSignatureV2.encode("x\uD83D"));
    }

    @Test
    void givenASignatureParameter_whenCanonicalised_thenItIsLeftOut() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Action", "GetOrder");
        p.put("Signature", "ZQLpf8vEXAMPLE0iC265pf18n0=");

        assertEquals("Action=GetOrder", MwsSignatureV2.canonicalQuery(p));
    }

    @Test
    void givenAnEmptyValue_whenCanonicalised_thenTheEqualsSignStays() {
        assertEquals("A=&B=b", MwsSignatureV2.canonicalQuery(new LinkedHashMap<>(Map.of("B", "b", "A", ""))));
    }

    @Test
    void givenAHostHeaderWithCaseAndPorts_whenTheStringToSignIsBuilt_thenHostIsLowercaseWithoutStandardPorts() {
        Map<String, String> p = Map.of("Action", "ListOrders");

        assertEquals("POST\nmws.amazonservices.com\n/\nAction=ListOrders",
                MwsSignatureV2.stringToSign("POST", "MWS.AmazonServices.com:443", "", p));
        assertEquals("POST\nmws.amazonservices.com\n/\nAction=ListOrders",
                MwsSignatureV2.stringToSign("POST", "mws.amazonservices.com:80", null, p));
        assertEquals("POST\n127.0.0.1:34567\n/Orders/2013-09-01\nAction=ListOrders",
                MwsSignatureV2.stringToSign("POST", "127.0.0.1:34567", "/Orders/2013-09-01", p));
    }

    @Test
    void givenEndpointUris_whenTheHostHeaderIsDerived_thenNonStandardPortsStayAndStandardOnesGo() {
        assertEquals("mws.amazonservices.com", MwsSignatureV2.hostHeader(URI.create("https://MWS.amazonservices.com")));
        assertEquals("mws-eu.amazonservices.com",
                MwsSignatureV2.hostHeader(URI.create("https://mws-eu.amazonservices.com:443/")));
        assertEquals("127.0.0.1:34567", MwsSignatureV2.hostHeader(URI.create("http://127.0.0.1:34567")));
        assertThrows(IllegalArgumentException.class, () -> MwsSignatureV2.hostHeader(URI.create("mws.amazonservices.com")));
    }

    private static String hexHmac(String data, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
