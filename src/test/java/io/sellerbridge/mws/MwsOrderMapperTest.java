package io.sellerbridge.mws;

import io.sellerbridge.canonical.CanonicalJson;
import io.sellerbridge.canonical.CanonicalOrder;
import io.sellerbridge.canonical.MappingException;
import io.sellerbridge.orders.SpApiOrderMapper;
import io.sellerbridge.testing.Fixtures;
import io.sellerbridge.testing.OrderSchema;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.sellerbridge.mws.MwsFixtures.items;
import static io.sellerbridge.mws.MwsFixtures.onlyOrder;
import static io.sellerbridge.mws.MwsFixtures.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MwsOrderMapperTest {

    private final MwsOrderMapper mapper = new MwsOrderMapper();

    @Test
    void givenTheUnshippedOrderInMwsXml_whenMapped_thenTheCanonicalJsonIsByteForByteTheSpApiOne() {
        CanonicalOrder fromMws = mapper.map("A2SELLER", onlyOrder(xml("order-unshipped.xml")),
                items(xml("items-unshipped.xml")));
        CanonicalOrder fromSpApi = new SpApiOrderMapper().map("A2SELLER", Fixtures.object("spapi/order-unshipped.json"),
                Fixtures.array("spapi/items-unshipped.json"));

        String json = CanonicalJson.write(fromMws);
        assertEquals(CanonicalJson.write(fromSpApi), json);
        assertEquals("q7c2b0x1n4@marketplace.amazon.com", fromMws.buyer().email(), "flat BuyerEmail became the Buyer");
        assertEquals("2026-11-02T09:15:32Z", fromMws.lastUpdateDate());
        assertTrue(OrderSchema.violations(json).isEmpty(), () -> OrderSchema.violations(json).toString());
    }

    @Test
    void givenThePendingOrderInMwsXml_whenMapped_thenTheCanonicalJsonIsByteForByteTheSpApiOne() {
        CanonicalOrder fromMws = mapper.map("A2SELLER", onlyOrder(xml("order-pending.xml")),
                items(xml("items-pending.xml")));
        CanonicalOrder fromSpApi = new SpApiOrderMapper().map("A2SELLER", Fixtures.object("spapi/order-pending.json"),
                Fixtures.array("spapi/items-pending.json"));

        String json = CanonicalJson.write(fromMws);
        assertEquals(CanonicalJson.write(fromSpApi), json);
        assertNull(fromMws.buyer(), "no buyer facts: absent, not an empty object");
        assertNull(fromMws.orderTotal());
        assertTrue(OrderSchema.violations(json).isEmpty(), () -> OrderSchema.violations(json).toString());
    }

    @Test
    void givenTheDocsBusinessOrderWithFlatBuyerFacts_whenMapped_thenAllFourBuyerFieldsAreFilled() {
        MwsOrder order = MwsXml.parse(xml("doc-ListOrders.response.xml"), ListOrdersResponse.class).result().orders().get(0);

        CanonicalOrder mapped = mapper.map("A2NEXAMPLETF53", order, List.of());

        assertEquals("5vlhEXAMPLEh9h5@marketplace.amazon.com", mapped.buyer().email());
        assertEquals("Buyer name", mapped.buyer().name());
        assertEquals("PO12345678", mapped.buyer().purchaseOrderNumber());
        assertEquals("Commercial", mapped.shippingAddress().addressType());
        assertEquals(Boolean.TRUE, mapped.isBusinessOrder());
        assertTrue(OrderSchema.violations(CanonicalJson.write(mapped)).isEmpty());
    }

    @Test
    void givenQuirk3TheImpossibleYear20178_whenMapped_thenAMappingErrorNamesTheFieldSoTheOrderIsDeadLettered() {
        MwsOrder order = MwsXml.parse(xml("doc-ListOrders.response.xml"), ListOrdersResponse.class).result().orders().get(1);

        MappingException e = assertThrows(MappingException.class, () -> mapper.map("S", order, List.of()));

        assertTrue(e.getMessage().contains("Order.PurchaseDate") && e.getMessage().contains("20178-02-20"),
                e.getMessage());
    }

    @Test
    void givenQuirk2AUrlEncodedPurchaseDate_whenMapped_thenItIsRejectedNotDecoded() {
        MwsOrder order = MwsXml.parse(xml("doc-ListOrders.response.xml"), ListOrdersResponse.class).result().orders().get(2);

        MappingException e = assertThrows(MappingException.class, () -> mapper.map("S", order, List.of()));

        assertTrue(e.getMessage().contains("Order.PurchaseDate") && e.getMessage().contains("%3A"), e.getMessage());
    }

    @Test
    void givenQuirk3AnImpossibleDateInAFieldTheCanonicalOrderDoesNotCarry_whenMapped_thenTheItemsStillMap() {
        // ListOrderItems example: ScheduledDeliveryStartDate 2013-09-071T..., not part of the canonical item
        List<MwsOrderItem> docItems = items(xml("doc-ListOrderItems.response.xml"));

        CanonicalOrder mapped = mapper.map("S", onlyOrder(xml("order-unshipped.xml")), docItems);

        assertEquals(12, mapped.items().get(0).numberOfItems());
        assertEquals("10.00", mapped.items().get(0).codFee().amount());
        assertEquals(Boolean.TRUE, mapped.items().get(0).isTransparency());
        assertEquals(List.of("FREESHIP"), mapped.items().get(1).promotionIds());
        assertNull(mapped.items().get(1).quantityShipped());
    }

    @Test
    void givenQuirk4And6TheDocGetOrder_whenMapped_thenTrimmedValuesAndTheMisspeltDetailArePublishedAsSent() {
        CanonicalOrder mapped = mapper.map("S", onlyOrder(xml("doc-GetOrder.response.xml")), List.of());

        assertEquals("Standard", mapped.shipmentServiceLevelCategory());
        assertEquals(List.of("CreditCard", "GiftCerificate"), mapped.paymentMethodDetails());
        assertTrue(OrderSchema.violations(CanonicalJson.write(mapped)).isEmpty());
    }

    @Test
    void givenQuirk8AnIndianMarketplaceOnAPageFromTheJapaneseEndpoint_whenMapped_thenTheOrdersOwnMarketplaceIsKept() {
        CanonicalOrder mapped = mapper.map("S", onlyOrder(xml("doc-ListOrdersByNextToken.response.xml")), List.of());

        assertEquals("A21TJRUUN4KGV", mapped.marketplaceId());
    }

    @Test
    void givenAnUnknownOrderStatus_whenMapped_thenTheErrorNamesFieldAndValue() {
        MwsOrder order = onlyOrder(xml("order-unshipped.xml").replace(">Unshipped<", ">Teleported<"));

        MappingException e = assertThrows(MappingException.class, () -> mapper.map("S", order, List.of()));

        assertTrue(e.getMessage().contains("OrderStatus") && e.getMessage().contains("Teleported"), e.getMessage());
    }

    @Test
    void givenAnOrderWithoutLastUpdateDate_whenMapped_thenTheErrorNamesTheFieldAsSpApiDoes() {
        MwsOrder order = onlyOrder(xml("order-unshipped.xml").replaceAll("<LastUpdateDate>[^<]*</LastUpdateDate>", ""));

        MappingException e = assertThrows(MappingException.class, () -> mapper.map("S", order, List.of()));

        assertEquals("missing required field Order.LastUpdateDate", e.getMessage());
    }

    @Test
    void givenAnItemWithANonDecimalAmount_whenMapped_thenItIsRejectedNamingTheItemAndField() {
        List<MwsOrderItem> items = items(xml("items-unshipped.xml").replace("<Amount>10.00</Amount>", "<Amount>ten</Amount>"));

        MappingException e = assertThrows(MappingException.class,
                () -> mapper.map("S", onlyOrder(xml("order-unshipped.xml")), items));

        assertTrue(e.getMessage().contains("OrderItem[0].ItemPrice.Amount"), e.getMessage());
    }

    @Test
    void givenAMoneyWithoutCurrency_whenMapped_thenItIsRejectedNotGuessed() {
        MwsOrder order = onlyOrder(xml("order-unshipped.xml").replace("<CurrencyCode>USD</CurrencyCode>", ""));

        MappingException e = assertThrows(MappingException.class, () -> mapper.map("S", order, List.of()));

        assertTrue(e.getMessage().contains("Order.OrderTotal"), e.getMessage());
    }

    @Test
    void givenABooleanThatIsNotTrueOrFalse_whenMapped_thenItIsAnErrorNotFalse() {
        List<MwsOrderItem> items = items(xml("items-pending.xml").replace("<IsGift>true</IsGift>", "<IsGift>yes</IsGift>"));

        MappingException e = assertThrows(MappingException.class,
                () -> mapper.map("S", onlyOrder(xml("order-pending.xml")), items));

        assertTrue(e.getMessage().contains("OrderItem[0].IsGift"), e.getMessage());
    }

    @Test
    void givenANonIntegerQuantity_whenMapped_thenTheErrorNamesTheField() {
        List<MwsOrderItem> items = items(xml("items-pending.xml").replace("<QuantityOrdered>2<", "<QuantityOrdered>2.5<"));

        MappingException e = assertThrows(MappingException.class,
                () -> mapper.map("S", onlyOrder(xml("order-pending.xml")), items));

        assertTrue(e.getMessage().contains("OrderItem[0].QuantityOrdered"), e.getMessage());
    }

    @Test
    void givenAnItemWithoutAsin_whenMapped_thenTheErrorNamesTheField() {
        List<MwsOrderItem> items = items(xml("items-pending.xml").replace("<ASIN>B0PENDING01</ASIN>", ""));

        MappingException e = assertThrows(MappingException.class,
                () -> mapper.map("S", onlyOrder(xml("order-pending.xml")), items));

        assertEquals("missing required field OrderItem[0].ASIN", e.getMessage());
    }

    @Test
    void givenAnEmptyPaymentMethodDetailsElement_whenMapped_thenTheListIsAbsentAsForAnEmptyJsonArray() {
        MwsOrder order = onlyOrder(xml("order-unshipped.xml")
                .replace("<PaymentMethodDetail>Standard</PaymentMethodDetail>", ""));

        assertNull(mapper.map("S", order, List.of()).paymentMethodDetails());
    }

    @Test
    void givenAnUnknownAddressType_whenMapped_thenTheErrorNamesFieldAndValue() {
        MwsOrder order = onlyOrder(xml("order-unshipped.xml")
                .replace("<CountryCode>US</CountryCode>", "<CountryCode>US</CountryCode><AddressType>Boat</AddressType>"));

        MappingException e = assertThrows(MappingException.class, () -> mapper.map("S", order, List.of()));

        assertTrue(e.getMessage().contains("AddressType") && e.getMessage().contains("Boat"), e.getMessage());
    }
}
