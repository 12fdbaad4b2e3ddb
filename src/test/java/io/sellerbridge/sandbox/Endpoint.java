package io.sellerbridge.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The request pipeline shared by LWA, SP-API and MWS: name the operation, count the call, apply a queued
 * fault, let the subclass answer, then record the status and write the reply.
 */
abstract class Endpoint implements HttpHandler {
    private static final Logger LOG = Logger.getLogger(Endpoint.class.getName());

    private final CallStats stats;
    private final Faults faults;

    Endpoint(CallStats stats, Faults faults) {
        this.stats = stats;
        this.faults = faults;
    }

    /** The operation this request addresses, or null for an unknown path/method (answered 404). */
    abstract String operation(HttpExchange exchange);

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
    public final void handle(HttpExchange exchange) {
        try {
            String operation = operation(exchange);
            if (operation == null) {
                unknownOperation(exchange).send(exchange);
                return;
            }
            stats.called(operation);
            Faults.Fault fault = faults.poll(operation);
            if (fault != null && fault.kind() == Faults.Kind.RESET) {
                stats.answered(operation, 0);
                return; // closing an exchange before any header is sent drops the TCP connection
            }
            if (fault != null && fault.kind() == Faults.Kind.SLOW) {
                // the simulated Amazon answers late on purpose (fault injection), this is not a test waiting
                Thread.sleep(fault.delay().toMillis());
            }
            Reply reply = answer(exchange, operation, fault);
            stats.answered(operation, reply);
            reply.send(exchange);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // sandbox closing while a slow call waits
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "sandbox could not answer " + exchange.getRequestURI(), e);
        } finally {
            exchange.close();
        }
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
