package io.sellerbridge.inventory;

import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.amazon.Paging;
import io.sellerbridge.checkpoint.CheckpointKey;
import io.sellerbridge.checkpoint.Window;
import io.sellerbridge.testing.MutableClock;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InventoryRequestsTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final String BASE = "granularityType=Marketplace&granularityId=ATVPDKIKX0DER&marketplaceIds=ATVPDKIKX0DER&details=true";

    private final MutableClock clock = new MutableClock(NOW);
    private final InventoryRequests requests = new InventoryRequests(clock, Duration.ofSeconds(25));

    private static final CheckpointKey SCAN = CheckpointKey.of("spapi-inventory", "A2S", "ATVPDKIKX0DER");

    private static Exchange exchange(Window scan) {
        Exchange e = new DefaultExchange(new DefaultCamelContext());
        e.setProperty(Window.PROPERTY, scan);
        return e;
    }

    private static Window full() {
        return Window.everything(SCAN, NOW);
    }

    private static String query(Exchange e) {
        return e.getMessage().getHeader(Exchange.HTTP_QUERY, String.class);
    }

    @Test
    void givenAFullScan_whenTheFirstPageIsAskedFor_thenTheQueryHasNoStartDateTime() {
        Exchange e = exchange(full());

        requests.getInventorySummaries(e);

        assertEquals(BASE, query(e));
        assertEquals("/fba/inventory/v1/summaries", e.getMessage().getHeader(Exchange.HTTP_PATH));
        assertEquals("GET", e.getMessage().getHeader(Exchange.HTTP_METHOD, String.class));
        assertEquals("getInventorySummaries", e.getProperty(AmazonCall.OPERATION));
    }

    @Test
    void givenAnIncrementalScan_whenAskedFor_thenStartDateTimeIsUrlEncoded() {
        Exchange e = exchange(new Window(SCAN, Instant.parse("2026-11-29T11:50:00Z"), NOW, true));

        requests.getInventorySummaries(e);

        assertEquals(BASE + "&startDateTime=2026-11-29T11%3A50%3A00Z", query(e));
    }

    @Test
    void givenAFreshNextToken_whenTheNextPageIsAskedFor_thenTheTokenIsUrlEncoded() {
        Exchange e = exchange(full());
        e.setProperty(Paging.NEXT_TOKEN, "a+b/c= d");
        e.setProperty(InventoryRequests.NEXT_TOKEN_AT, NOW);
        clock.advance(Duration.ofSeconds(24));

        requests.getInventorySummaries(e);

        assertEquals(BASE + "&nextToken=a%2Bb%2Fc%3D%20d", query(e));
    }

    @Test
    void givenANextTokenAsOldAsTheMaximumAge_whenTheNextPageIsAskedFor_thenTheTokenIsExpired() {
        Exchange e = exchange(full());
        e.setProperty(Paging.NEXT_TOKEN, "token");
        e.setProperty(InventoryRequests.NEXT_TOKEN_AT, NOW);
        clock.advance(Duration.ofSeconds(25));

        assertThrows(NextTokenExpiredException.class, () -> requests.getInventorySummaries(e));
    }

    @Test
    void givenAPageReadLongerAgoThanTheMaximumAge_whenTheNextPageIsAskedFor_thenTheTokenIsExpired() throws Exception {
        Exchange e = exchange(full());
        e.getMessage().setBody(new ObjectMapper().readTree(
                "{\"payload\":{\"inventorySummaries\":[]},\"pagination\":{\"nextToken\":\"token\"}}"));
        new InventoryPages(clock).summaries(e);
        clock.advance(Duration.ofSeconds(26));

        NextTokenExpiredException ex = assertThrows(NextTokenExpiredException.class, () -> requests.getInventorySummaries(e));
        assertTrue(ex.getMessage().contains(NOW.toString()), ex.getMessage());
    }
}
