package io.sellerbridge.sandbox;

import io.sellerbridge.canonical.Money;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates one order's OrderItem lines and the money they add up to. Invariant for every
 * non-Pending order: OrderTotal = sum over items of ItemPrice + ShippingPrice + ItemTax + ShippingTax
 * (promotion discounts are always zero), in the marketplace currency, 2 decimals (0 for JPY).
 */
final class SeedItems {

    /** The lines plus the order-level sums the Order needs. orderTotal is null for Pending orders. */
    record Lines(List<ObjectNode> items, int unitsShipped, int unitsUnshipped, BigDecimal orderTotal) {
    }

    private final IdSource ids;

    SeedItems(IdSource ids) {
        this.ids = ids;
    }

    /** {@code large}: a multi-page order, whose last line becomes {@link SeedCatalog#MARKUP}. */
    Lines generate(SplittableRandom rnd, Marketplace m, String status, boolean afn, int lineCount, boolean large) {
        boolean priced = !"Pending".equals(status); // Amazon omits every price on Pending orders
        int[] quantities = quantities(rnd, lineCount);
        if ("PartiallyShipped".equals(status) && sum(quantities) < 2) {
            quantities[0] = 2; // partial shipment needs at least two units
        }
        int totalUnits = sum(quantities);
        int toShip = switch (status) {
            case "Shipped" -> totalUnits;
            case "PartiallyShipped" -> totalUnits / 2;
            default -> 0;
        };
        int unitsShipped = toShip;

        List<ObjectNode> items = new ArrayList<>(lineCount);
        BigDecimal total = zero(m);
        for (int i = 0; i < lineCount; i++) {
            SeedCatalog.Product drawn = SeedCatalog.PRODUCTS.get(rnd.nextInt(SeedCatalog.PRODUCTS.size()));
            // still drawn above, so the random stream (and every other seeded value) stays as it was
            SeedCatalog.Product p = large && i == lineCount - 1 ? SeedCatalog.MARKUP : drawn;
            int shippedHere = Math.min(toShip, quantities[i]);
            toShip -= shippedHere;

            ObjectNode item = Json.object();
            item.put("ASIN", p.asin());
            item.put("OrderItemId", ids.orderItemId(rnd));
            item.put("SellerSKU", p.sellerSku());
            item.put("Title", p.title());
            item.put("QuantityOrdered", quantities[i]);
            item.put("QuantityShipped", shippedHere);
            item.putObject("ProductInfo").put("NumberOfItems", "1");
            if (priced) {
                total = total.add(price(item, m, p, quantities[i], !afn && i == 0));
                if (afn && rnd.nextInt(100) < 30) {
                    item.putArray("PromotionIds").add(m.countryCode() + " Core Free Shipping Promotion "
                            + ids.alphanumeric(rnd, 12).toUpperCase());
                }
            }
            item.put("IsGift", rnd.nextInt(100) < 5 ? "true" : "false"); // a string in the model, not a boolean
            item.put("ConditionId", "New");
            item.put("ConditionSubtypeId", "New");
            item.put("IsTransparency", rnd.nextInt(100) < 5);
            item.put("SerialNumberRequired", false);
            items.add(item);
        }
        int unitsUnshipped = "Canceled".equals(status) ? 0 : totalUnits - unitsShipped;
        return new Lines(items, unitsShipped, unitsUnshipped, priced ? total : null);
    }

    /** Adds the six Money fields and returns what the line contributes to OrderTotal. */
    private static BigDecimal price(ObjectNode item, Marketplace m, SeedCatalog.Product p, int quantity,
                                    boolean chargesShipping) {
        BigDecimal unit = p.usdPrice().multiply(m.usdRate()).setScale(m.currencyScale(), RoundingMode.HALF_UP);
        BigDecimal itemPrice = unit.multiply(BigDecimal.valueOf(quantity)); // ItemPrice = unit price x quantity
        BigDecimal shipping = chargesShipping ? m.mfnShipping().setScale(m.currencyScale(), RoundingMode.HALF_UP) : zero(m);
        BigDecimal itemTax = itemPrice.multiply(m.taxRate()).setScale(m.currencyScale(), RoundingMode.HALF_UP);
        BigDecimal shippingTax = shipping.multiply(m.taxRate()).setScale(m.currencyScale(), RoundingMode.HALF_UP);
        item.set("ItemPrice", Json.money(m.currency(), itemPrice));
        item.set("ItemTax", Json.money(m.currency(), itemTax));
        item.set("ShippingPrice", Json.money(m.currency(), shipping));
        item.set("ShippingTax", Json.money(m.currency(), shippingTax));
        item.set("PromotionDiscount", Json.money(m.currency(), zero(m)));
        item.set("PromotionDiscountTax", Json.money(m.currency(), zero(m)));
        return itemPrice.add(shipping).add(itemTax).add(shippingTax);
    }

    private static int[] quantities(SplittableRandom rnd, int lineCount) {
        int[] q = new int[lineCount];
        for (int i = 0; i < lineCount; i++) {
            // big orders are many single units; normal lines are mostly 1, sometimes 2-3
            q[i] = lineCount > 3 || rnd.nextInt(100) < 80 ? 1 : 2 + rnd.nextInt(2);
        }
        return q;
    }

    private static int sum(int[] values) {
        int s = 0;
        for (int v : values) {
            s += v;
        }
        return s;
    }

    private static BigDecimal zero(Marketplace m) {
        return BigDecimal.ZERO.setScale(m.currencyScale());
    }
}
