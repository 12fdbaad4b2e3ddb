package io.sellerbridge.it;

import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.amazon.SellingRegion;
import io.sellerbridge.mws.MwsErrorException;
import io.sellerbridge.mws.MwsExchange;
import io.sellerbridge.mws.MwsOrdersResponse;
import io.sellerbridge.mws.MwsRequestSigner;
import io.sellerbridge.mws.MwsResponseReader;
import io.sellerbridge.mws.MwsSeller;
import io.sellerbridge.sandbox.AmazonSandbox;
import io.sellerbridge.sandbox.SandboxOptions;
import io.sellerbridge.sandbox.SandboxSeller;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The MWS call itself (signer, camel-http, response reader) against the sandbox over HTTP, clock by clock. */
class MwsRequestExpiryIntegrationTest {

    private static final SandboxSeller SELLER = SandboxSeller.DEFAULT;
    private AmazonSandbox sandbox;
    private CamelContext camel;
    private ProducerTemplate http;

    @BeforeEach
    void start() {
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().orderCount(5));
        camel = new DefaultCamelContext();
        // as application.properties does: HttpClient would otherwise retry a 503 by itself, once
        camel.getComponent("http", HttpComponent.class).setAutomaticRetriesDisabled(true);
        camel.start();
        http = camel.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        camel.stop();
        sandbox.close();
    }

    private Exchange call(Clock clock, String secret) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.setProperty(MwsSeller.PROPERTY, new MwsSeller("main", SELLER.sellerId(),
                SELLER.mwsAccessKeyId(), secret, null, SELLER.marketplaceIds(), SellingRegion.NA));
        exchange.setProperty(AmazonCall.OPERATION, "ListOrders");
        exchange.setProperty(MwsExchange.PARAMS, Map.of("Action", "ListOrders",
                "MarketplaceId.Id.1", SELLER.marketplaceIds().get(0),
                "LastUpdatedAfter", Instant.now().minus(Duration.ofDays(40)).toString()));
        new MwsRequestSigner(URI.create(sandbox.mwsUrl()), clock).process(exchange);
        Exchange answered = http.send(sandbox.mwsUrl() + "?throwExceptionOnFailure=false", exchange);
        new MwsResponseReader().process(answered);
        return answered;
    }

    @Test
    void givenTheRightSecretAndClock_whenListOrdersIsSent_thenMwsAnswersWithOrders() {
        Exchange answered = call(Clock.systemUTC(), SELLER.mwsSecretKey());
        assertInstanceOf(MwsOrdersResponse.class, answered.getMessage().getBody());
    }

    @Test
    void givenAClockTwentyMinutesBehind_whenSigned_thenMwsRefusesTheExpiredRequestAndItIsNotRetried() {
        Clock late = Clock.fixed(Instant.now().minus(Duration.ofMinutes(20)), ZoneOffset.UTC);
        MwsErrorException e = assertThrows(MwsErrorException.class, () -> call(late, SELLER.mwsSecretKey()));
        assertEquals("RequestExpired", e.getCode());
        assertFalse(e.isRetryable());
        assertTrue(e.getMessage().contains("ListOrders"), e.getMessage());
    }

    @Test
    void givenAWrongSecret_whenSigned_thenSignatureDoesNotMatchIsReportedWithAmazonsMessageAndNotRetried() {
        MwsErrorException e = assertThrows(MwsErrorException.class, () -> call(Clock.systemUTC(), "wrong-secret"));
        assertEquals(403, e.getStatusCode());
        assertEquals("SignatureDoesNotMatch", e.getCode());
        assertTrue(e.getMessage().contains("The request signature we calculated does not match"), e.getMessage());
        assertFalse(e.isRetryable());
        assertFalse(e.getMessage().contains("wrong-secret"));
    }

    @Test
    void givenAThrottledCall_thenTheErrorIsRetryable() {
        sandbox.faults().throttleNext("ListOrders", 1);
        MwsErrorException e = assertThrows(MwsErrorException.class, () -> call(Clock.systemUTC(), SELLER.mwsSecretKey()));
        assertEquals(503, e.getStatusCode());
        assertEquals("RequestThrottled", e.getCode());
        assertTrue(e.isRetryable());
    }
}
