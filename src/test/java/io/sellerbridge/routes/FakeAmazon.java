package io.sellerbridge.routes;

import io.sellerbridge.amazon.AmazonCall;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.http.base.HttpOperationFailedException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for the HTTP call of direct:spapi-call (or direct:mws-call) in route tests: answers each request with what
 * the test scripted for its operation, path and query, and records the calls. An error status reaches the route as
 * camel-http reports it: thrown for SP-API, as status and body for MWS (its route reads the ErrorResponse itself).
 */
public final class FakeAmazon implements Processor {

    /** A scripted answer: the HTTP status and the body. */
    public record Reply(int status, String body) {

        public static Reply ok(String json) {
            return new Reply(200, json);
        }

        public static Reply error(int status, String code) {
            return new Reply(status, "{\"errors\":[{\"code\":\"" + code + "\",\"message\":\"scripted\"}]}");
        }
    }

    /** The request as the route built it. */
    public record Call(String operation, String method, String path, String query, String sellerId) {
    }

    @FunctionalInterface
    public interface Script {
        Reply answer(Call call);
    }

    private final List<Call> calls = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Script> scripts = new ConcurrentHashMap<>();
    private final boolean errorsThrown;

    private FakeAmazon(boolean errorsThrown) {
        this.errorsThrown = errorsThrown;
    }

    public static FakeAmazon spApi() {
        return new FakeAmazon(true);
    }

    public static FakeAmazon mws() {
        return new FakeAmazon(false);
    }

    /** What Amazon answers to one operation. */
    public FakeAmazon on(String operation, Script script) {
        scripts.put(operation, script);
        return this;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Message m = exchange.getMessage();
        String query = m.getHeader(Exchange.HTTP_QUERY, String.class);
        Call call = new Call(AmazonCall.operation(exchange), m.getHeader(Exchange.HTTP_METHOD, String.class),
                m.getHeader(Exchange.HTTP_PATH, String.class), query != null ? query : m.getBody(String.class),
                AmazonCall.sellerId(exchange));
        calls.add(call);
        Script script = scripts.get(call.operation());
        if (script == null) {
            throw new IllegalStateException("no scripted answer for " + call);
        }
        Reply reply = script.answer(call);
        if (reply.status() >= 300 && errorsThrown) {
            throw new HttpOperationFailedException("https://sellingpartnerapi-na.amazon.com" + call.path(), reply.status(),
                    "scripted", null, Map.of(), reply.body());
        }
        m.setHeader(Exchange.HTTP_RESPONSE_CODE, reply.status());
        m.setBody(reply.body());
    }

    public List<Call> calls(String operation) {
        synchronized (calls) {
            return calls.stream().filter(c -> c.operation().equals(operation)).toList();
        }
    }
}
