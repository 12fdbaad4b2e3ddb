package io.sellerbridge.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The sellers named in {@code spapi.sellers}, each read and validated from {@code spapi.seller.<alias>.*} at start-up.
 * A seller whose LWA credentials Amazon refuses is stopped here, so the others go on.
 */
public class SellerRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(SellerRegistry.class);
    private static final Pattern MARKETPLACE_ID = Pattern.compile("[A-Z0-9]{9,16}");

    private final Map<String, SellerConfig> sellers;
    private final Map<String, String> stopped = new ConcurrentHashMap<>();
    private final Map<String, String> tokenUnavailable = new ConcurrentHashMap<>();

    public SellerRegistry(List<SellerConfig> sellers) {
        this.sellers = new LinkedHashMap<>();
        sellers.forEach(s -> this.sellers.put(s.alias(), s));
    }

    public static SellerRegistry load(Settings settings) {
        List<String> aliases = settings.list("spapi.sellers");
        if (aliases.isEmpty()) {
            throw new ConfigurationException("spapi.sellers", "must name at least one seller alias");
        }
        return new SellerRegistry(aliases.stream().map(alias -> seller(settings, alias)).toList());
    }

    private static SellerConfig seller(Settings settings, String alias) {
        String prefix = "spapi.seller." + alias + ".";
        List<String> marketplaces = settings.list(prefix + "marketplace-ids");
        if (marketplaces.isEmpty()) {
            throw new ConfigurationException(prefix + "marketplace-ids", "must list at least one marketplace id");
        }
        for (String m : marketplaces) {
            if (!MARKETPLACE_ID.matcher(m).matches()) {
                throw new ConfigurationException(prefix + "marketplace-ids", "'" + m + "' is not a marketplace id");
            }
        }
        if (marketplaces.size() > 50) {
            throw new ConfigurationException(prefix + "marketplace-ids", "getOrders accepts at most 50 marketplaces");
        }
        return new SellerConfig(alias, settings.required(prefix + "seller-id"), List.copyOf(marketplaces),
                settings.secret(prefix + "lwa.client-id"), settings.secret(prefix + "lwa.client-secret"),
                settings.secret(prefix + "lwa.refresh-token"));
    }

    /** Sellers still polled: all configured ones less those stopped for refused credentials. */
    public List<SellerConfig> active() {
        return sellers.values().stream().filter(s -> !stopped.containsKey(s.alias())).toList();
    }

    public List<SellerConfig> all() {
        return List.copyOf(sellers.values());
    }

    public SellerConfig byAlias(String alias) {
        SellerConfig s = sellers.get(alias);
        if (s == null) {
            throw new IllegalArgumentException("no seller with alias " + alias);
        }
        return s;
    }

    public void stop(SellerConfig seller, String reason) {
        if (stopped.putIfAbsent(seller.alias(), reason) == null) {
            LOG.error("Stopped polling {}: {}. Fix the credential and restart the bundle.", seller, reason);
        }
    }

    public Map<String, String> stopped() {
        return Map.copyOf(stopped);
    }

    /** LWA could not be reached for this seller; cleared by the next token it gets. */
    public void tokenUnavailable(SellerConfig seller, String reason) {
        tokenUnavailable.put(seller.alias(), reason);
    }

    public void tokenObtained(SellerConfig seller) {
        tokenUnavailable.remove(seller.alias());
    }

    /** Sellers without a token, and why: refused credentials or an unreachable LWA. */
    public Map<String, String> tokenProblems() {
        Map<String, String> all = new java.util.TreeMap<>(tokenUnavailable);
        all.putAll(stopped);
        return all;
    }

    public Set<String> aliases() {
        return sellers.keySet();
    }
}
