package io.sellerbridge.catalog;

import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.amazon.SellerRegistry;
import io.sellerbridge.spapi.SpApiSeller;
import io.sellerbridge.testing.MutableClock;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogAsksTest {

    private static final SpApiSeller US = new SpApiSeller("us", "A2S", List.of("ATVPDKIKX0DER", "A2EUQ1WTGCTBG2"), "c", "s", "r");
    private static final SpApiSeller EU = new SpApiSeller("eu", "A1E", List.of("A1PA6795UKMFR9"), "c", "s", "r");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-29T12:00:00Z"));
    private final SellerRegistry sellers = new SellerRegistry(List.of(US, EU));
    private final CatalogAsks asks = new CatalogAsks(sellers, List.of("B0CONF0001", "B0CONF0002"),
            new RecentlyFetched(clock, Duration.ofDays(1)));

    private static String order(String sellerId, String... asins) {
        StringBuilder items = new StringBuilder();
        for (String asin : asins) {
            items.append(items.isEmpty() ? "" : ",").append("{\"asin\":\"").append(asin).append("\",\"sellerSku\":\"SKU\"}");
        }
        return "{\"sellerId\":\"" + sellerId + "\",\"marketplaceId\":\"ATVPDKIKX0DER\",\"amazonOrderId\":\"111-1\",\"items\":["
                + items + ",{\"sellerSku\":\"NO-ASIN\"}]}";
    }

    @Test
    void givenAnOrderOfAConfiguredSeller_whenRead_thenThereIsOneAskPerDistinctAsinInItsMarketplace() {
        List<CatalogAsk> fromOrder = asks.fromOrder(order("A2S", "B0ITEM0001", "B0ITEM0002", "B0ITEM0001"));

        assertEquals(List.of(new CatalogAsk("A2S", "ATVPDKIKX0DER", "B0ITEM0001"),
                new CatalogAsk("A2S", "ATVPDKIKX0DER", "B0ITEM0002")), fromOrder);
    }

    @Test
    void givenOneSellerIdAuthorisedInTwoRegions_whenAnAskStarts_thenItIsReadAsTheSellerOfItsMarketplace() {
        SpApiSeller europe = new SpApiSeller("us-in-eu", "A2S", List.of("A1PA6795UKMFR9"), "c", "s", "r-eu");
        CatalogAsks twoRegions = new CatalogAsks(new SellerRegistry<>(List.of(US, europe)), List.of(),
                new RecentlyFetched(clock, Duration.ofDays(1)));
        org.apache.camel.Exchange exchange = new org.apache.camel.support.DefaultExchange(
                new org.apache.camel.impl.DefaultCamelContext());
        exchange.getMessage().setBody(new CatalogAsk("A2S", "A1PA6795UKMFR9", "B0ITEM0001"));

        twoRegions.start(exchange);

        assertEquals(europe, exchange.getProperty(SpApiSeller.PROPERTY));
    }

    @Test
    void givenAnOrderOfASellerNotPolledThroughSpApi_whenRead_thenThereAreNoAsks() {
        assertEquals(List.of(), asks.fromOrder(order("A9UNKNOWN", "B0ITEM0001")));
    }

    @Test
    void givenAnOrderOfAStoppedSeller_whenRead_thenThereAreNoAsks() {
        sellers.stop(US, "refused refresh token");

        assertEquals(List.of(), asks.fromOrder(order("A2S", "B0ITEM0001")));
    }

    @Test
    void givenARecordThatIsNotJson_whenRead_thenThereAreNoAsks() {
        assertEquals(List.of(), asks.fromOrder("<Order><ASIN>B0ITEM0001</ASIN></Order>"));
    }

    @Test
    void givenConfiguredAsins_whenListed_thenEachIsAskedInEveryMarketplaceOfEveryActiveSeller() {
        assertEquals(Set.of(
                new CatalogAsk("A2S", "ATVPDKIKX0DER", "B0CONF0001"), new CatalogAsk("A2S", "ATVPDKIKX0DER", "B0CONF0002"),
                new CatalogAsk("A2S", "A2EUQ1WTGCTBG2", "B0CONF0001"), new CatalogAsk("A2S", "A2EUQ1WTGCTBG2", "B0CONF0002"),
                new CatalogAsk("A1E", "A1PA6795UKMFR9", "B0CONF0001"), new CatalogAsk("A1E", "A1PA6795UKMFR9", "B0CONF0002")),
                Set.copyOf(asks.configured()));
        assertEquals(6, asks.configured().size());

        sellers.stop(EU, "refused refresh token");

        assertEquals(4, asks.configured().size());
        assertTrue(asks.configured().stream().allMatch(a -> a.sellerId().equals("A2S")));
    }

    @Test
    void givenAnAsk_whenStartedAndFetched_thenItIsNotDueAgainWithinTheTtl() {
        Exchange e = new DefaultExchange(new DefaultCamelContext());
        e.getMessage().setBody(new CatalogAsk("A2S", "A2EUQ1WTGCTBG2", "B0ITEM0001"));

        asks.start(e);
        assertTrue(asks.due(e));
        asks.fetched(e);

        assertFalse(asks.due(e));
        assertEquals(US, e.getProperty(SpApiSeller.PROPERTY));
        assertEquals("A2EUQ1WTGCTBG2", e.getProperty(AmazonCall.MARKETPLACE_ID));
        assertEquals("B0ITEM0001", e.getProperty(CatalogAsks.ASIN));
    }

    @Test
    void givenAnAskOfASellerNoLongerActive_whenStarted_thenItFails() {
        sellers.stop(US, "refused refresh token");
        Exchange e = new DefaultExchange(new DefaultCamelContext());
        e.getMessage().setBody(new CatalogAsk("A2S", "ATVPDKIKX0DER", "B0ITEM0001"));

        assertThrows(IllegalStateException.class, () -> asks.start(e));
    }
}
