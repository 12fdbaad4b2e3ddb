package io.sellerbridge.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What every sandbox endpoint does with a request before and after its own answer: name the operation, count the
 * call, take its queued fault (a reset drops the connection, a slow call answers late), let the subclass answer and
 * record the status, close the exchange.
 */
abstract class FaultedEndpoint implements HttpHandler {
    private static final Logger LOG = Logger.getLogger(FaultedEndpoint.class.getName());

    final CallStats stats;
    private final Faults faults;

    FaultedEndpoint(CallStats stats, Faults faults) {
        this.stats = stats;
        this.faults = faults;
    }

    /** The operation this request addresses, or null when it names none (answered by {@link #refuse}). */
    abstract String operation(HttpExchange exchange);

    /** Answers a request {@link #operation} could not name; not counted as a call. */
    abstract void refuse(HttpExchange exchange) throws IOException;

    /** Answers the call, with its fault (FAIL, THROTTLE, MALFORMED or none), and records the status in {@link #stats}. */
    abstract void respond(HttpExchange exchange, String operation, Faults.Fault fault) throws IOException;

    @Override
    public final void handle(HttpExchange exchange) {
        try {
            String operation = operation(exchange);
            if (operation == null) {
                refuse(exchange);
                return;
            }
            stats.called(operation);
            Faults.Fault fault = faults.poll(operation);
            if (fault != null && fault.kind() == Faults.Kind.RESET) {
                stats.answered(operation, 0);
                return; // closing an exchange before any header is sent drops the TCP connection
            }
            if (fault != null && fault.kind() == Faults.Kind.SLOW) {
                // the simulated service answers late on purpose (fault injection), this is not a test waiting
                Thread.sleep(fault.delay().toMillis());
            }
            respond(exchange, operation, fault);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // sandbox closing while a slow call waits
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "sandbox could not answer " + exchange.getRequestURI(), e);
        } finally {
            exchange.close();
        }
    }
}
