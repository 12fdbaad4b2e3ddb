package io.sellerbridge.mws;

import io.sellerbridge.amazon.SellingRegion;
import io.sellerbridge.testing.BundleProperties;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MwsRequestSignerTest {

    private static final Clock DOC_EXAMPLE_TIME = Clock.fixed(Instant.parse("2017-02-05T18:12:21.687Z"), ZoneOffset.UTC);
    private static final MwsSeller DOC_SELLER = new MwsSeller("jp", "A2NEXAMPLETF53",
            "0PB842EXAMPLE7N4ZTR2", SignatureV2Vectors.AWS_EXAMPLE_SECRET,
            "amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE", List.of("A1VC38T7YXB528"), SellingRegion.FE);

    private final CamelContext camel = new DefaultCamelContext();

    @AfterEach
    void stopCamel() throws Exception {
        camel.close();
    }

    @Test
    void givenTheDocsListOrdersRequest_whenSigned_thenTheBodyIsTheDerivedVectorsSignedForm() throws Exception {
        Exchange exchange = exchange(DOC_SELLER, listOrdersActionParams());

        new MwsRequestSigner(URI.create("https://mws.amazonservices.jp"), DOC_EXAMPLE_TIME).process(exchange);

        assertEquals(SignatureV2Vectors.LIST_ORDERS_CANONICAL_QUERY
                        + "&Signature=2yS4yKMTUcAQqk2Jd3h2xv3Sc%2Fit23sVoZKWJaeNiLk%3D",
                exchange.getMessage().getBody(String.class));
    }

    @Test
    void givenAmazonsEndpoints_whenSigned_thenTheRequestIsSignedForAndSentToItsHomeMarketplacesEndpoint()
            throws Exception {
        MwsRequestSigner signer = new MwsRequestSigner(MwsEndpoints.read(BundleProperties.settings(Map.of())),
                DOC_EXAMPLE_TIME);
        Exchange japanese = exchange(DOC_SELLER, listOrdersActionParams());
        Exchange american = exchange(new MwsSeller("us", "A1SELLER", "AKIDOWN", "secret", null,
                List.of("ATVPDKIKX0DER"), SellingRegion.NA), Map.of("Action", "GetServiceStatus"));

        signer.process(japanese);
        signer.process(american);

        // the documentation's example request is one to mws.amazonservices.jp
        assertEquals(SignatureV2Vectors.LIST_ORDERS_CANONICAL_QUERY
                        + "&Signature=2yS4yKMTUcAQqk2Jd3h2xv3Sc%2Fit23sVoZKWJaeNiLk%3D",
                japanese.getMessage().getBody(String.class));
        assertEquals("https://mws.amazonservices.jp", japanese.getProperty(MwsRequestSigner.ENDPOINT));
        Map<String, String> sent = formFields(american.getMessage().getBody(String.class));
        assertEquals(MwsSignatureV2.sign(MwsSignatureV2.stringToSign("POST", "mws.amazonservices.com",
                "/Orders/2013-09-01", sent), "secret"), sent.get("Signature"));
        assertEquals("https://mws.amazonservices.com", american.getProperty(MwsRequestSigner.ENDPOINT));
    }

    @Test
    void givenAnExchange_whenSigned_thenItIsAFormPostToTheOrdersPath() throws Exception {
        Exchange exchange = exchange(DOC_SELLER, listOrdersActionParams());

        new MwsRequestSigner(URI.create("https://mws.amazonservices.jp"), DOC_EXAMPLE_TIME).process(exchange);

        assertEquals("POST", exchange.getMessage().getHeader(Exchange.HTTP_METHOD, String.class));
        assertEquals("/Orders/2013-09-01", exchange.getMessage().getHeader(Exchange.HTTP_PATH));
        assertEquals("application/x-www-form-urlencoded; charset=utf-8",
                exchange.getMessage().getHeader(Exchange.CONTENT_TYPE));
    }

    @Test
    void givenHeadersFromEarlierSteps_whenSigned_thenOnlyCamelControlHeadersSurviveAndNoStaleQuery() throws Exception {
        Exchange exchange = exchange(DOC_SELLER, listOrdersActionParams());
        exchange.getMessage().setHeader("x-amz-access-token", "Atza|from-the-sp-api-path");
        exchange.getMessage().setHeader("Authorization", "Bearer leaked");
        exchange.getMessage().setHeader("CamelHttpResponseCode", 200);
        exchange.getMessage().setHeader(Exchange.HTTP_QUERY, "NextToken=unsigned");

        new MwsRequestSigner(URI.create("https://mws.amazonservices.jp"), DOC_EXAMPLE_TIME).process(exchange);

        assertNull(exchange.getMessage().getHeader("x-amz-access-token"));
        assertNull(exchange.getMessage().getHeader("Authorization"));
        assertNull(exchange.getMessage().getHeader(Exchange.HTTP_QUERY));
        assertEquals(200, exchange.getMessage().getHeader("CamelHttpResponseCode"));
    }

    @Test
    void givenALocalSandboxEndpoint_whenSigned_thenTheSignatureCoversHostWithPortAsTheServerWillCheckIt()
            throws Exception {
        Exchange exchange = exchange(DOC_SELLER, Map.of("Action", "GetOrder", "AmazonOrderId.Id.1", "902-3159896-1390916"));

        new MwsRequestSigner(URI.create("http://127.0.0.1:34567"), DOC_EXAMPLE_TIME).process(exchange);

        Map<String, String> received = formFields(exchange.getMessage().getBody(String.class));
        String expected = MwsSignatureV2.sign(MwsSignatureV2.stringToSign("POST", "127.0.0.1:34567",
                "/Orders/2013-09-01", received), DOC_SELLER.secretKey());
        assertEquals(expected, received.get("Signature"));
    }

    @Test
    void givenAnEndpointWithABasePath_whenSigned_thenThePathCamelWillRequestIsThePathSigned() throws Exception {
        Exchange exchange = exchange(DOC_SELLER, Map.of("Action", "GetServiceStatus"));

        new MwsRequestSigner(URI.create("http://127.0.0.1:34567/mws/"), DOC_EXAMPLE_TIME).process(exchange);

        Map<String, String> received = formFields(exchange.getMessage().getBody(String.class));
        String expected = MwsSignatureV2.sign(MwsSignatureV2.stringToSign("POST", "127.0.0.1:34567",
                "/mws/Orders/2013-09-01", received), DOC_SELLER.secretKey());
        assertEquals(expected, received.get("Signature"));
    }

    @Test
    void givenAnAction_whenSigned_thenTheCommonParametersAreAddedWithAMillisecondUtcTimestamp() throws Exception {
        Clock onTheSecond = Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC);
        Exchange exchange = exchange(DOC_SELLER, Map.of("Action", "ListOrderItems", "AmazonOrderId", "058-1233752-8214740"));

        new MwsRequestSigner(URI.create("https://mws.amazonservices.jp"), onTheSecond).process(exchange);

        Map<String, String> sent = formFields(exchange.getMessage().getBody(String.class));
        assertEquals("ListOrderItems", sent.get("Action"));
        assertEquals("058-1233752-8214740", sent.get("AmazonOrderId"));
        assertEquals("0PB842EXAMPLE7N4ZTR2", sent.get("AWSAccessKeyId"));
        assertEquals("A2NEXAMPLETF53", sent.get("SellerId"));
        assertEquals("amzn.mws.4ea38b7b-f563-7709-4bae-87aeaEXAMPLE", sent.get("MWSAuthToken"));
        assertEquals("HmacSHA256", sent.get("SignatureMethod"));
        assertEquals("2", sent.get("SignatureVersion"));
        assertEquals("2026-11-02T09:00:00.000Z", sent.get("Timestamp"));
        assertEquals("2013-09-01", sent.get("Version"));
        assertEquals(44, sent.get("Signature").length());
        assertFalse(exchange.getMessage().getBody(String.class).contains(DOC_SELLER.secretKey()));
    }

    @Test
    void givenASellerWithItsOwnKeys_whenSigned_thenNoMwsAuthTokenIsSent() throws Exception {
        MwsSeller ownKeys = new MwsSeller("us", "A1SELLER", "AKIDOWN", "secret", null, List.of("ATVPDKIKX0DER"),
                SellingRegion.NA);
        Exchange exchange = exchange(ownKeys, Map.of("Action", "GetServiceStatus"));

        new MwsRequestSigner(URI.create("https://mws.amazonservices.com"), DOC_EXAMPLE_TIME).process(exchange);

        assertFalse(formFields(exchange.getMessage().getBody(String.class)).containsKey("MWSAuthToken"));
    }

    @Test
    void givenNoSellerOrNoAction_whenSigned_thenItFailsNamingTheMissingProperty() {
        MwsRequestSigner signer = new MwsRequestSigner(URI.create("https://mws.amazonservices.com"), DOC_EXAMPLE_TIME);

        IllegalStateException noSeller = assertThrows(IllegalStateException.class,
                () -> signer.process(exchange(null, Map.of("Action", "GetServiceStatus"))));
        IllegalStateException noAction = assertThrows(IllegalStateException.class,
                () -> signer.process(exchange(DOC_SELLER, Map.of("AmazonOrderId", "1"))));

        assertTrue(noSeller.getMessage().contains("mwsSeller"), noSeller.getMessage());
        assertTrue(noAction.getMessage().contains("mwsParams"), noAction.getMessage());
    }

    private Exchange exchange(MwsSeller seller, Map<String, String> params) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.setProperty(MwsSeller.PROPERTY, seller);
        exchange.setProperty(MwsExchange.PARAMS, params);
        return exchange;
    }

    /** The action's own parameters of the docs' ListOrders example; the signer adds the rest. */
    private static Map<String, String> listOrdersActionParams() {
        Map<String, String> p = new LinkedHashMap<>(SignatureV2Vectors.listOrdersDocParams());
        List.of("AWSAccessKeyId", "MWSAuthToken", "SellerId", "SignatureVersion", "SignatureMethod", "Timestamp",
                "Version").forEach(p::remove);
        return p;
    }

    /** Decodes the form as the server does; our encoder never writes '+', so URLDecoder is exact here. */
    private static Map<String, String> formFields(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }
}
