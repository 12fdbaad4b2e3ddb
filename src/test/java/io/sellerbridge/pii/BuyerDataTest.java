package io.sellerbridge.pii;

import io.sellerbridge.canonical.Address;
import io.sellerbridge.canonical.Buyer;
import io.sellerbridge.canonical.CanonicalOrder;
import io.sellerbridge.canonical.CanonicalOrderPii;
import io.sellerbridge.config.ConfigurationException;
import io.sellerbridge.config.Settings;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuyerDataTest {

    private static final String MAIN = "spapi.seller.main.";
    private static final Buyer BUYER = new Buyer("jane@marketplace.amazon.com", "Jane Doe", null, null);
    private static final Address ADDRESS = new Address("Jane Doe", null, "1 Main St", null, null, "SEATTLE", null, null,
            "WA", null, "98109", "US", "+1 206 555 0100", null);

    private static Settings settings(Map<String, String> values) {
        return new Settings(key -> Optional.ofNullable(values.get(key)));
    }

    private static CanonicalOrder order(String latestShip, String latestDelivery) {
        return new CanonicalOrder("A2S", "ATVPDKIKX0DER", "902-1", null, "2026-11-01T10:00:00Z", "2026-11-02T10:00:00Z",
                "Shipped", "MFN", "Amazon.com", null, "Std", null, null, null, null, null, null, null, null, null, null,
                null, null, null, latestShip, null, latestDelivery, BUYER, ADDRESS, List.of());
    }

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-20T00:00:00Z"), ZoneOffset.UTC);

    private static Exchange exchange() {
        return new DefaultExchange(new DefaultCamelContext());
    }

    @Test
    void givenTheDefaultAndOneSellerOverride_whenRead_thenEachSellerHasItsOwnSwitch() {
        BuyerDataOptIn optIn = BuyerDataOptIn.read(settings(Map.of("spapi.pii.enabled", "false",
                "spapi.seller.eu.pii.enabled", "true")), List.of(MAIN, "spapi.seller.eu.", "mws.seller.main."));

        assertFalse(optIn.enabled(MAIN));
        assertTrue(optIn.enabled("spapi.seller.eu."));
        assertFalse(optIn.enabled("mws.seller.main."));
        assertTrue(optIn.any());
    }

    @Test
    void givenABadSwitch_whenRead_thenTheErrorNamesTheKey() {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> BuyerDataOptIn.read(
                settings(Map.of("spapi.pii.enabled", "false", "spapi.seller.main.pii.enabled", "yes")), List.of(MAIN)));

        assertTrue(e.getMessage().contains("spapi.seller.main.pii.enabled"), e.getMessage());
    }

    @Test
    void givenARefusal_thenTheSellerIsOffWithItsReason() {
        BuyerDataOptIn optIn = new BuyerDataOptIn(Map.of(MAIN, true));

        optIn.refuse(MAIN, "no roles");

        assertFalse(optIn.enabled(MAIN));
        assertEquals(Map.of(MAIN, "no roles"), optIn.refusals());
    }

    @Test
    void givenAnOptedInSeller_whenAnOrderIsSeparated_thenThePublicOrderHasNoBuyerDataAndThePropertyHasIt() {
        BuyerData buyerData = new BuyerData(new BuyerDataOptIn(Map.of(MAIN, true)), Duration.ofDays(30), NOW);
        Exchange exchange = exchange();

        CanonicalOrder published = buyerData.separate(exchange, order("2026-11-03T10:00:00Z", "2026-11-09T10:00:00Z"), MAIN);

        assertNull(published.buyer());
        CanonicalOrderPii pii = exchange.getProperty(BuyerData.PROPERTY, CanonicalOrderPii.class);
        assertEquals(BUYER, pii.buyer());
        assertEquals(ADDRESS, pii.shippingAddress());
        assertEquals("2026-12-09T10:00:00Z", pii.deleteAfter(), "30 days after the latest delivery date");
    }

    @Test
    void givenASellerThatDidNotOptIn_whenAnOrderIsSeparated_thenNoBuyerDataIsKept() {
        BuyerData buyerData = new BuyerData(new BuyerDataOptIn(Map.of(MAIN, false)), Duration.ofDays(30), NOW);
        Exchange exchange = exchange();
        exchange.setProperty(BuyerData.PROPERTY, "left over from an earlier order");

        CanonicalOrder published = buyerData.separate(exchange, order(null, null), MAIN);

        assertNull(published.buyer());
        assertNull(exchange.getProperty(BuyerData.PROPERTY));
    }

    @Test
    void givenBuyerDataAlreadyPastItsRetention_whenAnOrderIsSeparated_thenItIsNotTaken() {
        BuyerData buyerData = new BuyerData(new BuyerDataOptIn(Map.of(MAIN, true)), Duration.ofDays(1), NOW);
        Exchange exchange = exchange();

        buyerData.separate(exchange, order("2026-11-03T10:00:00Z", "2026-11-09T10:00:00Z"), MAIN);

        assertNull(exchange.getProperty(BuyerData.PROPERTY), "delivered on the 9th, kept a day: gone by the 20th");
    }

    @Test
    void givenNoDeliveryDate_thenRetentionCountsFromTheShipDateElseTheLastUpdate() {
        BuyerData buyerData = new BuyerData(new BuyerDataOptIn(Map.of()), Duration.ofDays(30), NOW);

        assertEquals(Instant.parse("2026-12-03T10:00:00Z"), buyerData.deleteAfter(order("2026-11-03T10:00:00Z", null)));
        assertEquals(Instant.parse("2026-12-02T10:00:00Z"), buyerData.deleteAfter(order(null, null)));
    }
}
