package io.sellerbridge.observe;

import io.sellerbridge.amazon.AmazonCall;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.UnitOfWorkFactory;
import org.apache.camel.support.AsyncProcessorSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ExchangeLogContextTest {

    /** Where the route's second half runs: an asynchronous step ends there, as on Kafka's callback thread. */
    private final ExecutorService elsewhere = Executors.newSingleThreadExecutor(r -> new Thread(r, "elsewhere"));
    private final CamelContext context = new DefaultCamelContext();
    private final List<Map<String, String>> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        context.getCamelContextExtension().addContextPlugin(UnitOfWorkFactory.class, new ExchangeLogContext.Factory());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:order").routeId("order-route")
                        .process(e -> seen.add(mdc()))
                        .process(new AsyncProcessorSupport() {
                            @Override
                            public boolean process(Exchange exchange, AsyncCallback callback) {
                                elsewhere.execute(() -> callback.done(false));
                                return false;
                            }
                        })
                        .process(e -> seen.add(mdc()));
            }
        });
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
        elsewhere.shutdownNow();
        MDC.clear();
    }

    private static Map<String, String> mdc() {
        Map<String, String> copy = new java.util.HashMap<>(MDC.getCopyOfContextMap());
        copy.put("thread", Thread.currentThread().getName());
        return copy;
    }

    @Test
    void everyStepLogsWhomItIsAboutOnEitherThreadAndLeavesTheThreadsAsTheyWere() throws Exception {
        MDC.put(LogContext.SELLER, "caller's own");
        Exchange exchange = context.createProducerTemplate().send("direct:order", e -> {
            e.setProperty(AmazonCall.SELLER_ID, "A2SELLER");
            e.setProperty(LogContext.MARKETPLACES, "ATVPDKIKX0DER,A2EUQ1WTGCTBG2");
            e.setProperty(AmazonCall.ORDER_ID, "111-0000000-0000001");
        });

        assertEquals(2, seen.size(), seen.toString());
        for (Map<String, String> step : seen) {
            assertEquals("A2SELLER", step.get(LogContext.SELLER), step.toString());
            assertEquals("ATVPDKIKX0DER,A2EUQ1WTGCTBG2", step.get(LogContext.MARKETPLACES), step.toString());
            assertEquals("111-0000000-0000001", step.get(LogContext.ORDER), step.toString());
            assertEquals("order-route", step.get(LogContext.ROUTE_ID), step.toString());
            assertEquals(exchange.getExchangeId(), step.get(LogContext.EXCHANGE_ID), step.toString());
        }
        assertNotEquals("elsewhere", seen.get(0).get("thread"));
        assertEquals("elsewhere", seen.get(1).get("thread"));
        // the caller's thread has its own MDC back, the other thread keeps nothing of the exchange's
        assertEquals("caller's own", MDC.get(LogContext.SELLER));
        assertNull(MDC.get(LogContext.ORDER));
        Map<String, String> after = elsewhere.submit(() -> MDC.getCopyOfContextMap()).get(10, TimeUnit.SECONDS);
        assertNull(after == null ? null : after.get(LogContext.SELLER), String.valueOf(after));
        assertNull(after == null ? null : after.get(LogContext.ORDER), String.valueOf(after));
    }

    @Test
    void keysTheExchangeHasNoValueForAreNotCarriedOverFromTheThread() {
        MDC.put(LogContext.ORDER, "an order of another exchange");
        context.createProducerTemplate().send("direct:order", e -> e.setProperty(AmazonCall.SELLER_ID, "A2SELLER"));

        assertEquals(2, seen.size(), seen.toString());
        seen.forEach(step -> assertNull(step.get(LogContext.ORDER), step.toString()));
        seen.forEach(step -> assertEquals("A2SELLER", step.get(LogContext.SELLER), step.toString()));
    }
}
