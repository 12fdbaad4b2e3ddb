package io.sellerbridge.orders;

import io.sellerbridge.canonical.CanonicalJson;
import io.sellerbridge.canonical.CanonicalOrder;
import io.sellerbridge.canonical.MappingException;
import io.sellerbridge.testing.Fixtures;
import io.sellerbridge.testing.OrderSchema;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpApiOrderMapperTest {

    private final SpApiOrderMapper mapper = new SpApiOrderMapper();

    @Test
    void givenAnUnshippedOrder_whenMapped_thenMoneyIsDecimalStringTimesAreUtcAndBuyerIsNested() {
        CanonicalOrder order = mapper.map("A2SELLER", Fixtures.object("spapi/order-unshipped.json"),
                Fixtures.array("spapi/items-unshipped.json"));

        assertEquals("A2SELLER:902-3159896-1390916", order.recordKey());
        assertEquals("2026-11-02T09:15:32Z", order.lastUpdateDate(), "offset +01:00 normalised to UTC");
        assertEquals("11.01", order.orderTotal().amount());
        assertEquals("USD", order.orderTotal().currencyCode());
        assertEquals("Unshipped", order.orderStatus());
        assertEquals("q7c2b0x1n4@marketplace.amazon.com", order.buyer().email());
        assertEquals("SEATTLE", order.shippingAddress().city());
        assertEquals(1, order.items().size());
        assertEquals("Notizbuch „Grün“ – 日本語 ✓", order.items().get(0).title());
        assertEquals(Boolean.FALSE, order.items().get(0).isGift(), "IsGift arrives as the string \"false\"");
        assertEquals(1, order.items().get(0).numberOfItems());
        assertTrue(OrderSchema.violations(CanonicalJson.write(order)).isEmpty(),
                () -> OrderSchema.violations(CanonicalJson.write(order)).toString());
    }

    @Test
    void givenAPendingOrder_whenMapped_thenAbsentMoneyStaysAbsentNotNull() {
        CanonicalOrder order = mapper.map("A2SELLER", Fixtures.object("spapi/order-pending.json"),
                Fixtures.array("spapi/items-pending.json"));

        assertNull(order.orderTotal());
        assertNull(order.items().get(0).itemPrice());
        String json = CanonicalJson.write(order);
        assertFalse(json.contains("orderTotal"), json);
        assertFalse(json.contains("null"), json);
        assertTrue(json.contains("\"isGift\":true"), json);
        assertTrue(OrderSchema.violations(json).isEmpty(), () -> OrderSchema.violations(json).toString());
    }

    @Test
    void givenAnUnknownOrderStatus_whenMapped_thenTheErrorNamesFieldAndValue() {
        ObjectNode order = Fixtures.object("spapi/order-unshipped.json");
        order.put("OrderStatus", "Teleported");
        MappingException e = assertThrows(MappingException.class, () -> mapper.map("S", order, List.of()));
        assertTrue(e.getMessage().contains("OrderStatus") && e.getMessage().contains("Teleported"), e.getMessage());
    }

    @Test
    void givenAnOrderWithoutLastUpdateDate_whenMapped_thenTheErrorNamesTheField() {
        ObjectNode order = Fixtures.object("spapi/order-unshipped.json");
        order.remove("LastUpdateDate");
        MappingException e = assertThrows(MappingException.class, () -> mapper.map("S", order, List.of()));
        assertTrue(e.getMessage().contains("Order.LastUpdateDate"), e.getMessage());
    }

    @Test
    void givenAnItemWithANonDecimalAmount_whenMapped_thenItIsRejectedNotRounded() {
        List<JsonNode> items = Fixtures.array("spapi/items-unshipped.json");
        ((ObjectNode) items.get(0).get("ItemPrice")).put("Amount", "ten");
        MappingException e = assertThrows(MappingException.class,
                () -> mapper.map("S", Fixtures.object("spapi/order-unshipped.json"), items));
        assertTrue(e.getMessage().contains("OrderItem[0].ItemPrice.Amount"), e.getMessage());
    }

    @Test
    void givenAMessageThatBreaksTheContract_whenValidated_thenTheSchemaSaysSo() {
        CanonicalOrder order = mapper.map("A2SELLER", Fixtures.object("spapi/order-unshipped.json"),
                Fixtures.array("spapi/items-unshipped.json"));
        String broken = CanonicalJson.write(order).replace("\"amount\":\"11.01\"", "\"amount\":11.01");
        assertFalse(OrderSchema.violations(broken).isEmpty(), "a float amount must violate the schema");
    }
}
