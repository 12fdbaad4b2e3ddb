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
 * action's own parameters ({@link MwsExchange#PARAMS}, including {@code Action}), adds the common parameters, signs, and leaves the
 * form body and the HTTP headers for camel-http pointed at the endpoint given here.
 */
public class MwsRequestSigner implements Processor {

    public static final String ORDERS_PATH = "/Orders/2013-09-01";
    public static final String VERSION = "2013-09-01";
    public static final String CONTENT_TYPE = "application/x-www-form-urlencoded; charset=utf-8";

    /** Amazon's own client libraries send milliseconds; MWS refuses timestamps more than 15 minutes off. */
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final String hostHeader;
    private final String signedPath;
    private final Clock clock;

    public MwsRequestSigner(URI endpoint, Clock clock) {
        this.hostHeader = MwsSignatureV2.hostHeader(endpoint);
        // camel-http appends HTTP_PATH to the endpoint's own path, so that full path is what Amazon sees and checks
        String base = endpoint.getRawPath() == null ? "" : endpoint.getRawPath().replaceAll("/+$", "");
        this.signedPath = base + ORDERS_PATH;
        this.clock = clock;
    }

    @Override
    public void process(Exchange exchange) {
        MwsSeller seller = MwsSeller.of(exchange);
        Map<String, String> params = withCommonParameters(actionParameters(exchange), seller);
        String body = MwsSignatureV2.signedQuery("POST", hostHeader, signedPath, params, seller.secretKey());

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
