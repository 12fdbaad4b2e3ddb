package io.sellerbridge.sandbox;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether the application holds Amazon's restricted roles for a seller (Direct-to-Consumer Delivery, Tax Invoicing,
 * Tax Remittance): by default it does; a test can take them away per seller, as a real application that was never
 * granted them, and give them back.
 */
public final class RestrictedRoles {

    private final Set<String> withoutRoles = ConcurrentHashMap.newKeySet();

    public void revoke(String sellerId) {
        withoutRoles.add(sellerId);
    }

    public void grant(String sellerId) {
        withoutRoles.remove(sellerId);
    }

    boolean held(String sellerId) {
        return !withoutRoles.contains(sellerId);
    }
}
