package io.sellerbridge.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxSeedDataTest {
    private static final List<SandboxSeller> BOTH = List.of(SandboxSeller.DEFAULT, SandboxSeller.SECOND_WITH_JAPAN);
    private static final Map<String, String> CURRENCY = Map.of("ATVPDKIKX0DER", "USD", "A2EUQ1WTGCTBG2", "CAD",
            "A1PA6795UKMFR9", "EUR", "A1F83G8C2ARO7P", "GBP", "A1VC38T7YXB528", "JPY");
    private static final List<String> MONEY_FIELDS = List.of("ItemPrice", "ItemTax", "ShippingPrice", "ShippingTax",
            "PromotionDiscount", "PromotionDiscountTax");

    @Test
    void same_seed_gives_the_same_orders_and_another_seed_does_not() {
        SandboxOptions options = SandboxOptions.defaults().orderCount(40).sellers(BOTH);
        try (AmazonSandbox a = AmazonSandbox.start(options);
             AmazonSandbox b = AmazonSandbox.start(options);
             AmazonSandbox c = AmazonSandbox.start(options.seed(7))) {
            for (SandboxSeller s : BOTH) {
                assertEquals(fingerprint(a, s), fingerprint(b, s));
                assertNotEquals(fingerprint(a, s), fingerprint(c, s));
            }
        }
    }

    @Test
    void seeded_orders_follow_amazons_shapes_and_add_up() {
        Instant start = Instant.now();
        int perSeller = 400;
        try (AmazonSandbox sandbox = AmazonSandbox.start(SandboxOptions.defaults().orderCount(perSeller).sellers(BOTH))) {
            Map<String, Integer> statuses = new HashMap<>();
            Map<String, Integer> channels = new HashMap<>();
            int large = 0;
            boolean nonAscii = false;
            for (SandboxSeller seller : BOTH) {
                List<ObjectNode> orders = sandbox.data().orders(seller.sellerId());
                assertEquals(perSeller, orders.size());
                int lines = 0;
                for (ObjectNode o : orders) {
                    String id = o.get("AmazonOrderId").asText();
                    List<ObjectNode> items = sandbox.data().items(id);
                    lines += items.size();
                    statuses.merge(o.get("OrderStatus").asText(), 1, Integer::sum);
                    channels.merge(o.get("FulfillmentChannel").asText(), 1, Integer::sum);
                    large += items.size() > 20 ? 1 : 0;
                    assertTrue(id.matches("\\d{3}-\\d{7}-\\d{7}"), id);
                    assertTrue(seller.marketplaceIds().contains(o.get("MarketplaceId").asText()));
                    assertTrue(o.get("IsPrime").isBoolean() && o.get("IsBusinessOrder").isBoolean());
                    checkDates(o, start);
                    checkMoney(o, items);
                    for (ObjectNode item : items) {
                        assertTrue(item.get("OrderItemId").asText().matches("\\d{14}"));
                        assertTrue(item.get("IsGift").isTextual());
                        assertTrue(item.get("IsTransparency").isBoolean());
                        assertEquals("1", item.get("ProductInfo").get("NumberOfItems").asText());
                        nonAscii |= !item.get("Title").asText().chars().allMatch(ch -> ch < 128);
                    }
                }
                assertEquals(lines, sandbox.data().totalItems(seller.sellerId()));
            }
            int pending = statuses.getOrDefault("Pending", 0);
            assertTrue(pending > 40 && pending < 130, "about 10 % Pending: " + statuses);
            assertTrue(statuses.getOrDefault("Canceled", 0) > 0 && statuses.getOrDefault("Shipped", 0) > 200, statuses.toString());
            assertTrue(channels.get("AFN") > 250 && channels.get("MFN") > 250, channels.toString());
            assertEquals(2 * 12, large, "3 % of 400 per seller have 2.5 pages of items");
            assertTrue(nonAscii);
        }
    }

    private static void checkDates(ObjectNode o, Instant start) {
        Instant purchase = Instant.parse(o.get("PurchaseDate").asText());
        Instant update = Instant.parse(o.get("LastUpdateDate").asText());
        assertFalse(purchase.isAfter(update));
        assertFalse(update.isAfter(start.minus(Duration.ofMinutes(5))));
        assertTrue(update.isAfter(start.minus(Duration.ofDays(30)).minusSeconds(2)));
        assertTrue(o.get("LastUpdateDate").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
    }

    private static void checkMoney(ObjectNode o, List<ObjectNode> items) {
        String currency = CURRENCY.get(o.get("MarketplaceId").asText());
        if ("Pending".equals(o.get("OrderStatus").asText())) {
            assertFalse(o.has("OrderTotal") || o.has("BuyerInfo"));
            items.forEach(i -> MONEY_FIELDS.forEach(f -> assertFalse(i.has(f), f)));
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (ObjectNode item : items) {
            for (String f : List.of("ItemPrice", "ShippingPrice", "ItemTax", "ShippingTax")) {
                sum = sum.add(amount(item.get(f), currency));
            }
        }
        assertEquals(sum, amount(o.get("OrderTotal"), currency), o.get("AmazonOrderId").asText());
        assertTrue(o.get("BuyerInfo").get("BuyerEmail").asText().contains("@marketplace.amazon."));
        // the buyer's personal data is in the data, for MWS and for callers with a Restricted Data Token
        assertTrue(o.get("BuyerInfo").has("BuyerName"));
        assertTrue(o.get("ShippingAddress").has("AddressLine1"));
        assertFalse(RestrictedFields.view(o, java.util.Set.of()).get("ShippingAddress").has("AddressLine1"));
    }

    private static BigDecimal amount(JsonNode money, String currency) {
        assertEquals(currency, money.get("CurrencyCode").asText());
        String amount = money.get("Amount").asText();
        assertTrue(amount.matches("JPY".equals(currency) ? "\\d+" : "\\d+\\.\\d{2}"), currency + " " + amount);
        return new BigDecimal(amount);
    }

    /** Everything generated except the start-relative dates. */
    private static List<String> fingerprint(AmazonSandbox sandbox, SandboxSeller seller) {
        List<String> result = new ArrayList<>();
        for (ObjectNode o : sandbox.data().orders(seller.sellerId())) {
            ObjectNode copy = o.deepCopy();
            copy.remove(List.of("PurchaseDate", "LastUpdateDate", "EarliestShipDate", "LatestShipDate",
                    "EarliestDeliveryDate", "LatestDeliveryDate"));
            result.add(copy + "" + sandbox.data().items(o.get("AmazonOrderId").asText()));
        }
        return result;
    }
}
