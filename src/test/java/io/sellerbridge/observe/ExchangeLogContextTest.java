package io.sellerbridge.observe;

import io.sellerbridge.amazon.AmazonCall;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.UnitOfWorkFactory;
import org.apache.camel.support.AsyncProcessorSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class ExchangeLogContextTest {

    /** Where a route's second half runs: an asynchronous step ends there, as on Kafka's callback thread. */
    private final ExecutorService elsewhere = Executors.newSingleThreadExecutor(r -> new Thread(r, "elsewhere"));
    private final CamelContext context = new DefaultCamelContext();
    /** What the MDC held at each step of a route, and in the error handler before a redelivery. */
    private final List<Map<String, String>> seen = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> redeliveries = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        context.getCamelContextExtension().addContextPlugin(UnitOfWorkFactory.class, new ExchangeLogContext.Factory());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("seda:orders").routeId("consumer-route").to("direct:order");
                from("direct:order").routeId("order-route")
                        .process(e -> seen.add(mdc()))
                        .process(new Elsewhere())
                        .process(e -> seen.add(mdc()));
                // as an Amazon operation's route retries its call route (which has no error handler of its own)
                from("direct:failing").routeId("failing-route")
                        .errorHandler(defaultErrorHandler().maximumRedeliveries(1).redeliveryDelay(0)
                                .onRedelivery(e -> redeliveries.add(mdc())))
                        .to("direct:call");
                from("direct:call").routeId("call-route")
                        .errorHandler(noErrorHandler())
                        .process(new Elsewhere())
                        .process(e -> {
                            throw new IllegalStateException("Amazon said no");
                        });
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

    /** An asynchronous step that ends on the other thread. */
    private final class Elsewhere extends AsyncProcessorSupport {
        @Override
        public boolean process(Exchange exchange, AsyncCallback callback) {
            elsewhere.execute(() -> callback.done(false));
            return false;
        }
    }

    private static Map<String, String> mdc() {
        Map<String, String> copy = new HashMap<>(MDC.getCopyOfContextMap() == null ? Map.of() : MDC.getCopyOfContextMap());
        copy.put("thread", Thread.currentThread().getName());
        return copy;
    }

    private static Processor order(String sellerId, String orderId) {
        return e -> {
            e.setProperty(AmazonCall.SELLER_ID, sellerId);
            e.setProperty(LogContext.MARKETPLACES, "ATVPDKIKX0DER,A2EUQ1WTGCTBG2");
            e.setProperty(AmazonCall.ORDER_ID, orderId);
        };
    }

    @Test
    void bothHalvesOfARouteAroundAnAsynchronousStepLogForTheExchangeOnTheirOwnThreads() throws Exception {
        Exchange exchange = context.getEndpoint("seda:orders").createExchange();
        order("A2SELLER", "111-0000000-0000001").process(exchange);
        context.createProducerTemplate().send("seda:orders", exchange);

        await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 2);
        for (Map<String, String> step : seen) {
            assertEquals("A2SELLER", step.get(LogContext.SELLER), step.toString());
            assertEquals("ATVPDKIKX0DER,A2EUQ1WTGCTBG2", step.get(LogContext.MARKETPLACES), step.toString());
            assertEquals("111-0000000-0000001", step.get(LogContext.ORDER), step.toString());
            assertEquals("order-route", step.get(LogContext.ROUTE_ID), step.toString());
        }
        // the seda consumer routes its own copy of the exchange sent: one id on both threads
        assertNotNull(seen.get(0).get(LogContext.EXCHANGE_ID));
        assertEquals(seen.get(0).get(LogContext.EXCHANGE_ID), seen.get(1).get(LogContext.EXCHANGE_ID));
        assertNotEquals("elsewhere", seen.get(0).get("thread"));
        assertEquals("elsewhere", seen.get(1).get("thread"));
    }

    @Test
    void theErrorHandlerOfARouteWhoseCallFailedOnAnotherThreadStillLogsForTheExchange() {
        Exchange failed = context.createProducerTemplate().send("direct:failing", order("A2SELLER", "111-0000000-0000002"));

        assertInstanceOf(IllegalStateException.class, failed.getException());
        assertEquals(1, redeliveries.size(), redeliveries.toString());
        Map<String, String> redelivery = redeliveries.get(0);
        assertEquals("A2SELLER", redelivery.get(LogContext.SELLER), redelivery.toString());
        assertEquals("111-0000000-0000002", redelivery.get(LogContext.ORDER), redelivery.toString());
    }

    @Test
    void keysAnExchangeHasNoValueForAreNotLeftFromTheExchangeTheThreadRoutedBefore() {
        context.createProducerTemplate().send("direct:order", order("A2FIRST", "111-0000000-0000003"));
        seen.clear();

        context.createProducerTemplate().send("direct:order", e -> e.setProperty(AmazonCall.SELLER_ID, "A2SECOND"));

        assertEquals(2, seen.size(), seen.toString());
        for (Map<String, String> step : seen) {
            assertEquals("A2SECOND", step.get(LogContext.SELLER), step.toString());
            assertNull(step.get(LogContext.ORDER), step.toString());
            assertNull(step.get(LogContext.MARKETPLACES), step.toString());
        }
    }
}
