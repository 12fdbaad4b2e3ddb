package io.sellerbridge.mws;

import io.sellerbridge.amazon.AmazonCall;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

import java.nio.charset.StandardCharsets;

/**
 * Reads an MWS answer (camel-http leaves failures to us here): an ErrorResponse becomes an {@link MwsErrorException}
 * with Amazon's code and message; a success becomes the typed JAXB response. HTTP headers are dropped.
 */
public class MwsResponseReader implements Processor {

    @Override
    public void process(Exchange exchange) {
        Message m = exchange.getMessage();
        String action = AmazonCall.operation(exchange);
        int status = m.getHeader(Exchange.HTTP_RESPONSE_CODE, 200, Integer.class);
        // bytes, not a String: MWS sends text/xml without a charset, the XML declaration names the encoding
        byte[] body = m.getBody(byte[].class);
        if (status >= 300) {
            throw new MwsErrorException(action, status, body == null ? "" : new String(body, StandardCharsets.UTF_8));
        }
        MwsResponse response = MwsXml.parse(body == null ? new byte[0] : body);
        exchange.setProperty(MwsExchange.RAW_RESPONSE, body);
        // only once the answer is good: the redelivery counter of this call must not leak into the next one
        m.removeHeaders("*");
        m.setBody(response);
    }
}
