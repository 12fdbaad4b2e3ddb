package io.sellerbridge.canonical;

import java.util.List;

/** One order line, whichever Amazon API it came from. Absent facts are null and left out of the JSON. */
public record CanonicalOrderItem(
        String orderItemId,
        String asin,
        String sellerSku,
        String title,
        Integer quantityOrdered,
        Integer quantityShipped,
        Integer numberOfItems,
        Money itemPrice,
        Money itemTax,
        Money shippingPrice,
        Money shippingTax,
        Money shippingDiscount,
        Money shippingDiscountTax,
        Money promotionDiscount,
        Money promotionDiscountTax,
        Money codFee,
        Money codFeeDiscount,
        List<String> promotionIds,
        Boolean isGift,
        String conditionId,
        String conditionSubtypeId,
        String conditionNote,
        Boolean isTransparency,
        Boolean serialNumberRequired) {
}
