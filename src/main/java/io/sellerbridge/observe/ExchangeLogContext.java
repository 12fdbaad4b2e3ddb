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
 * A unit of work that keeps the logging MDC ({@link LogContext}) while its exchange is routed: as it begins, before
 * each step, and where a step ends on another thread, it puts the exchange's keys on the thread, read from the
 * exchange. They stay there until the thread routes another exchange: Camel runs its error handler, redeliveries and
 * completions after the step that failed, and their log lines must still say whom they are about. Camel's own MDC
 * unit of work instead copies the whole MDC into new maps at every step to carry it across threads: with hundreds of
 * sellers that was a fifth of the bundle's CPU.
 */
public final class ExchangeLogContext extends DefaultUnitOfWork {

    private ExchangeLogContext(Exchange exchange, InflightRepository inflight, boolean allowUseOriginalMessage,
                               boolean useBreadcrumb) {
        super(exchange, inflight, allowUseOriginalMessage, useBreadcrumb);
        // nothing of an exchange this thread routed before
        LogContext.of(exchange, null);
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
                // the step ended on another thread (an HTTP call, a Kafka acknowledgement, a throttle's wait): what
                // follows there logs for this exchange
                LogContext.of(exchange, route);
            }
            next.done(doneSync);
        };
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
