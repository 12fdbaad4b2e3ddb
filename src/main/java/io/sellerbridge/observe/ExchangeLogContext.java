package io.sellerbridge.observe;

import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Route;
import org.apache.camel.impl.engine.DefaultUnitOfWork;
import org.apache.camel.spi.InflightRepository;
import org.apache.camel.spi.UnitOfWork;
import org.apache.camel.spi.UnitOfWorkFactory;

/**
 * A unit of work that keeps the logging MDC ({@link LogContext}) while its exchange is routed: before each step it
 * puts the exchange's keys on the thread, and again where the step ends on another thread; after each step it puts
 * back what the thread had. Camel's own MDC unit of work copies the whole MDC into a new map at every step to carry
 * it across threads: with hundreds of sellers that was a fifth of the bundle's CPU. Here every value is read from
 * the exchange, which goes along anyway.
 */
public final class ExchangeLogContext extends DefaultUnitOfWork {

    /** The thread this unit of work began on, and what it had in the MDC then. */
    private final Thread owner = Thread.currentThread();
    private final String[] outer;

    private ExchangeLogContext(Exchange exchange, InflightRepository inflight, boolean allowUseOriginalMessage,
                               boolean useBreadcrumb) {
        super(exchange, inflight, allowUseOriginalMessage, useBreadcrumb);
        outer = LogContext.current();
    }

    @Override
    public boolean isBeforeAfterProcess() {
        return true;
    }

    @Override
    public AsyncCallback beforeProcess(Processor processor, Exchange exchange, AsyncCallback callback) {
        Route route = getRoute();
        LogContext.of(exchange, route);
        AsyncCallback next = super.beforeProcess(processor, exchange, callback);
        return doneSync -> {
            if (!doneSync) {
                // the step ended on another thread: what follows logs there
                LogContext.of(exchange, route);
            }
            next.done(doneSync);
        };
    }

    @Override
    public void afterProcess(Processor processor, Exchange exchange, AsyncCallback callback, boolean doneSync) {
        super.afterProcess(processor, exchange, callback, doneSync);
        leaveThread();
    }

    @Override
    protected void onDone() {
        super.onDone();
        leaveThread();
    }

    /** The thread this began on gets its MDC back; another (where a step ended) keeps nothing of the exchange. */
    private void leaveThread() {
        if (Thread.currentThread() == owner) {
            LogContext.restore(outer);
        } else {
            LogContext.clear();
        }
    }

    /** Makes every exchange's unit of work an {@link ExchangeLogContext} (instead of camel.main.use-mdc-logging). */
    public static final class Factory implements UnitOfWorkFactory {

        private InflightRepository inflight;
        private boolean allowUseOriginalMessage;
        private boolean useBreadcrumb;

        @Override
        public UnitOfWork createUnitOfWork(Exchange exchange) {
            return new ExchangeLogContext(exchange, inflight, allowUseOriginalMessage, useBreadcrumb);
        }

        @Override
        public void afterPropertiesConfigured(CamelContext context) {
            inflight = context.getInflightRepository();
            allowUseOriginalMessage = Boolean.TRUE.equals(context.isAllowUseOriginalMessage());
            useBreadcrumb = Boolean.TRUE.equals(context.isUseBreadcrumb());
        }
    }
}
