package io.sellerbridge.mws;

import org.apache.camel.Exchange;
import org.apache.camel.component.http.HttpMethods;
import org.apache.camel.Message;
import org.apache.camel.Processor;

import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the exchange into a signed MWS Orders 2013-09-01 POST: reads the seller ({@link MwsSeller#PROPERTY}) and the
 * action's own parameters ({@link MwsExchange#PARAMS}, including {@code Action}), adds the common parameters, signs for
 * the seller's endpoint ({@link MwsEndpoints}), and leaves the form body and the HTTP headers for camel-http, and the
 * endpoint in {@link #ENDPOINT}: the signature covers the host, so the signer also decides where the request goes.
 */
public class MwsRequestSigner implements Processor {

    public static final String ORDERS_PATH = "/Orders/2013-09-01";
    public static final String VERSION = "2013-09-01";
    public static final String CONTENT_TYPE = "application/x-www-form-urlencoded; charset=utf-8";
    /** The exchange property holding the URL the signed request must be sent to, for the call route's toD. */
    public static final String ENDPOINT = "mwsEndpoint";

    /** Amazon's own client libraries send milliseconds; MWS refuses timestamps more than 15 minutes off. */
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final MwsEndpoints endpoints;
    private final Clock clock;

    public MwsRequestSigner(MwsEndpoints endpoints, Clock clock) {
        this.endpoints = endpoints;
        this.clock = clock;
    }

    /** Every seller's requests to one endpoint. */
    public MwsRequestSigner(URI endpoint, Clock clock) {
        this(MwsEndpoints.oneForAll(endpoint), clock);
    }

    @Override
    public void process(Exchange exchange) {
        MwsSeller seller = MwsSeller.of(exchange);
        Map<String, String> params = withCommonParameters(actionParameters(exchange), seller);
        MwsEndpoints.Endpoint endpoint = endpoints.of(seller);
        String body = MwsSignatureV2.signedQuery("POST", endpoint.hostHeader(), endpoint.signedPath(), params,
                seller.secretKey());
        exchange.setProperty(ENDPOINT, endpoint.url());

        Message message = exchange.getMessage();
        // headers from the route or an earlier call must not reach Amazon; Camel's own control headers stay
        message.removeHeaders("*", "Camel*");
        // a leftover query would add parameters the signature does not cover
        message.removeHeader(Exchange.HTTP_QUERY);
        message.removeHeader(Exchange.HTTP_RAW_QUERY);
        message.setHeader(Exchange.HTTP_METHOD, HttpMethods.POST);
        message.setHeader(Exchange.HTTP_PATH, ORDERS_PATH);
        message.setHeader(Exchange.CONTENT_TYPE, CONTENT_TYPE);
        message.setBody(body);
    }

    private static Map<String, String> actionParameters(Exchange exchange) {
        Map<?, ?> raw = exchange.getProperty(MwsExchange.PARAMS, Map.class);
        if (raw == null || !(raw.get("Action") instanceof String)) {
            throw new IllegalStateException("exchange property " + MwsExchange.PARAMS + " must be a Map with an Action");
        }
        Map<String, String> params = new LinkedHashMap<>();
        raw.forEach((name, value) -> params.put(String.valueOf(name), value == null ? null : String.valueOf(value)));
        return params;
    }

    private Map<String, String> withCommonParameters(Map<String, String> params, MwsSeller seller) {
        params.put("AWSAccessKeyId", seller.accessKeyId());
        params.put("SellerId", seller.sellerId());
        if (seller.mwsAuthToken() != null && !seller.mwsAuthToken().isBlank()) {
            params.put("MWSAuthToken", seller.mwsAuthToken());
        }
        params.put("SignatureMethod", "HmacSHA256");
        params.put("SignatureVersion", "2");
        params.put("Timestamp", TIMESTAMP.format(clock.instant()));
        params.put("Version", VERSION);
        return params;
    }
}
