package io.sellerbridge.sandbox;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/** Amazon-shaped identifiers, unique within one sandbox: 3-7-7 order ids, 14-digit order item ids. */
final class IdSource {
    private static final String ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final Set<String> used = new HashSet<>();

    String amazonOrderId(SplittableRandom rnd, Marketplace m) {
        String id;
        do {
            id = m.orderIdPrefixes().get(rnd.nextInt(m.orderIdPrefixes().size())) + "-" + digits(rnd, 7) + "-"
                    + digits(rnd, 7);
        } while (!used.add(id));
        return id;
    }

    String orderItemId(SplittableRandom rnd) {
        String id;
        do {
            id = digits(rnd, 14);
        } while (!used.add(id));
        return id;
    }

    String digits(SplittableRandom rnd, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append((char) ('0' + rnd.nextInt(10)));
        }
        return sb.toString();
    }

    String alphanumeric(SplittableRandom rnd, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALNUM.charAt(rnd.nextInt(ALNUM.length())));
        }
        return sb.toString();
    }
}
