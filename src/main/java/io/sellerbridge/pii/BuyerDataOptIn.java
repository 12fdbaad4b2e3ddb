package io.sellerbridge.pii;

import io.sellerbridge.config.ConfigurationException;
import io.sellerbridge.config.Settings;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which sellers' buyer data the bundle takes: {@code spapi.pii.enabled} (off by default), overridden per seller by
 * {@code spapi.seller.<alias>.pii.enabled} or {@code mws.seller.<alias>.pii.enabled}. A seller whose application
 * Amazon refuses a Restricted Data Token is switched off until a restart, with the reason kept for the health check;
 * its orders go on without buyer data.
 */
public final class BuyerDataOptIn {

    private final Map<String, Boolean> bySeller;
    private final Map<String, String> refused = new ConcurrentHashMap<>();

    public BuyerDataOptIn(Map<String, Boolean> bySeller) {
        this.bySeller = new ConcurrentHashMap<>(bySeller);
    }

    /** Reads the switch of every seller (its key prefix, e.g. {@code spapi.seller.main.}); a bad value names the key. */
    public static BuyerDataOptIn read(Settings settings, List<String> sellerPrefixes) {
        boolean byDefault = byDefault(settings);
        Map<String, Boolean> bySeller = new TreeMap<>();
        for (String prefix : sellerPrefixes) {
            bySeller.put(prefix, sellerSwitch(settings, prefix + "pii.enabled", byDefault));
        }
        return new BuyerDataOptIn(bySeller);
    }

    /** One seller's switch under {@code key}, {@code byDefault} when it sets none; a bad value names the key. */
    public static boolean sellerSwitch(Settings settings, String key, boolean byDefault) {
        return settings.optional(key).map(v -> switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigurationException(key, "must be true or false, was '" + v + "'");
        }).orElse(byDefault);
    }

    /** A seller's switch as it changes while the bundle runs (a seller file); null forgets the seller. */
    public void set(String sellerPrefix, Boolean enabled) {
        if (enabled == null) {
            bySeller.remove(sellerPrefix);
            refused.remove(sellerPrefix);
        } else {
            bySeller.put(sellerPrefix, enabled);
        }
    }

    /** {@code spapi.pii.enabled}: the switch of a seller that does not set its own. */
    public static boolean byDefault(Settings settings) {
        return settings.bool("spapi.pii.enabled");
    }

    /** Whether the seller of this key prefix opted in and was not refused. */
    public boolean enabled(String sellerPrefix) {
        return bySeller.getOrDefault(sellerPrefix, false) && !refused.containsKey(sellerPrefix);
    }

    /** Whether any seller opted in: only then is the buyer-data topic read and written. */
    public boolean any() {
        return bySeller.containsValue(true);
    }

    /** Amazon refused the seller's application the restricted data: off until a restart, for this reason. */
    public void refuse(String sellerPrefix, String reason) {
        refused.put(sellerPrefix, reason);
    }

    /** Seller key prefix → why its buyer data is not taken although it opted in. */
    public Map<String, String> refusals() {
        return new TreeMap<>(refused);
    }
}
