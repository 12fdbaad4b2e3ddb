package io.sellerbridge.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A buyer's personal data for a seeded order: name, street and phone, made up from the order id with a generator of
 * its own, so adding them changed none of the other seeded values. Obviously fictitious (Example Street, 555 numbers).
 */
final class BuyerPii {

    private static final List<String> GIVEN = List.of("Alex", "Sam", "Robin", "Kim", "Jordan", "Maria", "Jonas", "Aiko");
    private static final List<String> FAMILY = List.of("Example", "Sample", "Testperson", "Muster", "Doe", "Rossi");

    private BuyerPii() {
    }

    static void add(String amazonOrderId, ObjectNode buyerInfo, ObjectNode shippingAddress) {
        SplittableRandom rnd = new SplittableRandom(amazonOrderId.hashCode());
        String name = GIVEN.get(rnd.nextInt(GIVEN.size())) + " " + FAMILY.get(rnd.nextInt(FAMILY.size()));
        buyerInfo.put("BuyerName", name);
        shippingAddress.put("Name", name);
        shippingAddress.put("AddressLine1", (1 + rnd.nextInt(400)) + " Example Street");
        if (rnd.nextInt(100) < 30) {
            shippingAddress.put("AddressLine2", "Apt " + (1 + rnd.nextInt(40)));
        }
        shippingAddress.put("Phone", "+1 555 01" + String.format("%02d", rnd.nextInt(100)));
        shippingAddress.put("AddressType", rnd.nextInt(100) < 85 ? "Residential" : "Commercial");
    }
}
