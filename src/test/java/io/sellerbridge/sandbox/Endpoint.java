package io.sellerbridge.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The answers of LWA, SP-API and MWS, which all reply with a {@link Reply}: an injected failure or throttle in the
 * endpoint's error dialect, otherwise the subclass's answer (cut short for a malformed fault), then the last touch.
 */
abstract class Endpoint extends FaultedEndpoint {
    private static final Logger LOG = Logger.getLogger(Endpoint.class.getName());

    Endpoint(CallStats stats, Faults faults) {
        super(stats, faults);
    }

    /**
     * The normal answer, including auth and validation; {@code takesToken} is false for a malformed-fault
     * call, which must not be throttled or drain the bucket (so "the next N answers are garbled" holds).
     */
    abstract Reply process(HttpExchange exchange, String operation, boolean takesToken) throws IOException;

    /** The body for {@link Faults#failNext}, in this endpoint's error dialect. */
    abstract Reply failure(int httpStatus);

    /** The answer to a request {@link #operation} could not name; SP-API and LWA say 404. */
    Reply unknownOperation(HttpExchange exchange) {
        return Reply.notFound("Resource not found");
    }

    /** The body for {@link Faults#throttleNext}; SP-API's 429 unless the endpoint throttles differently. */
    Reply throttled() {
        return Reply.quotaExceeded();
    }

    /** Last touch before sending, e.g. the rate-limit header. */
    Reply decorate(String operation, Reply reply) {
        return reply;
    }

    @Override
    final void refuse(HttpExchange exchange) throws IOException {
        unknownOperation(exchange).send(exchange);
    }

    @Override
    final void respond(HttpExchange exchange, String operation, Faults.Fault fault) throws IOException {
        Reply reply = answer(exchange, operation, fault);
        stats.answered(operation, reply);
        reply.send(exchange);
    }

    private Reply answer(HttpExchange exchange, String operation, Faults.Fault fault) throws IOException {
        Reply reply;
        if (fault != null && fault.kind() == Faults.Kind.FAIL) {
            reply = failure(fault.status());
        } else if (fault != null && fault.kind() == Faults.Kind.THROTTLE) {
            reply = throttled();
        } else {
            try {
                boolean malformed = fault != null && fault.kind() == Faults.Kind.MALFORMED;
                reply = process(exchange, operation, !malformed);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "sandbox bug answering " + exchange.getRequestURI(), e);
                reply = failure(500);
            }
            if (fault != null && fault.kind() == Faults.Kind.MALFORMED && reply.status() == 200) {
                reply = reply.truncated();
            }
        }
        return decorate(operation, reply);
    }
}
