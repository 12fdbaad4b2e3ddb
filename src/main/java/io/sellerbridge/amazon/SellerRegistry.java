package io.sellerbridge.amazon;

import io.sellerbridge.config.ConfigurationException;
import io.sellerbridge.config.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The sellers one API polls: aliases in {@code <api>.sellers}, each read and validated at start-up from
 * {@code <api>.seller.<alias>.*} ({@code spapi} or {@code mws}). A seller whose credentials Amazon refuses is stopped
 * here, so the others go on.
 */
public class SellerRegistry<S extends PolledSeller> {

    private static final Logger LOG = LoggerFactory.getLogger(SellerRegistry.class);
    private static final Pattern MARKETPLACE_ID = Pattern.compile("[A-Z0-9]{9,16}");
    /** getOrders and ListOrders accept at most 50 marketplaces. */
    private static final int MOST_MARKETPLACES = 50;

    /** Replaced whole on every change (sellers from a directory come and go while the bundle runs). */
    private volatile Map<String, S> sellers;
    private final List<java.util.function.Consumer<S>> onAdded = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<java.util.function.Consumer<S>> onRemoved = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Map<String, String> stopped = new ConcurrentHashMap<>();
    /** Whether this replica polls a seller (cluster.mode = kafka shares the sellers out); all by default. */
    private volatile java.util.function.Predicate<? super S> polledHere = seller -> true;
    private final Map<String, String> tokenUnavailable = new ConcurrentHashMap<>();

    public SellerRegistry(List<S> sellers) {
        Map<String, S> byAlias = new LinkedHashMap<>();
        sellers.forEach(s -> byAlias.put(s.alias(), s));
        this.sellers = java.util.Collections.unmodifiableMap(byAlias);
    }

    /** Reads every seller of {@code <api>.sellers} with {@code reader}, which sees the seller's own keys. */
    public static <S extends PolledSeller> SellerRegistry<S> load(Settings settings, String api,
                                                                  Function<SellerKeys, S> reader) {
        return load(settings, api, reader, false);
    }

    /** As {@link #load(Settings, String, Function)}; {@code mayBeEmpty} when sellers come from elsewhere too. */
    public static <S extends PolledSeller> SellerRegistry<S> load(Settings settings, String api,
                                                                  Function<SellerKeys, S> reader, boolean mayBeEmpty) {
        List<String> aliases = settings.optionalList(api + ".sellers");
        if (aliases.isEmpty() && !mayBeEmpty) {
            throw new ConfigurationException(api + ".sellers", "must name at least one seller alias");
        }
        return new SellerRegistry<>(aliases.stream()
                .map(alias -> reader.apply(new SellerKeys(settings, api + ".seller." + alias + ".", alias))).toList());
    }

    /** One seller's keys, {@code <api>.seller.<alias>.<suffix>}; failures name the full key. */
    public record SellerKeys(Settings settings, String prefix, String alias) {

        public String required(String suffix) {
            return settings.required(prefix + suffix);
        }

        public String secret(String suffix) {
            return settings.secret(prefix + suffix);
        }

        public String optional(String suffix) {
            return settings.optional(prefix + suffix).orElse(null);
        }

        /** The seller's selling region: {@code region} if set, else the one of its marketplaces. */
        public SellingRegion region(List<String> marketplaceIds) {
            String key = prefix + "region";
            java.util.Optional<SellingRegion> named = settings.optional(key).map(name -> SellingRegion.named(name)
                    .orElseThrow(() -> new ConfigurationException(key, "must be na, eu or fe, was '" + name + "'")));
            try {
                return SellingRegion.of(marketplaceIds, named);
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(prefix + "marketplace-ids", e.getMessage());
            }
        }

        public List<String> marketplaceIds() {
            String key = prefix + "marketplace-ids";
            List<String> marketplaces = settings.list(key);
            if (marketplaces.isEmpty()) {
                throw new ConfigurationException(key, "must list at least one marketplace id");
            }
            for (String m : marketplaces) {
                if (!MARKETPLACE_ID.matcher(m).matches()) {
                    throw new ConfigurationException(key, "'" + m + "' is not a marketplace id");
                }
            }
            if (marketplaces.size() > MOST_MARKETPLACES) {
                throw new ConfigurationException(key, "Amazon accepts at most " + MOST_MARKETPLACES + " marketplaces");
            }
            return List.copyOf(marketplaces);
        }
    }

    /** Limits {@link #active()} to the sellers this replica polls. */
    public void polledHere(java.util.function.Predicate<? super S> polledHere) {
        this.polledHere = polledHere;
    }

    /**
     * Sellers this replica polls now: all configured ones this replica's share holds, less those stopped for refused
     * credentials.
     */
    public List<S> active() {
        return notStopped().filter(polledHere).toList();
    }

    /**
     * The seller, not stopped, of that seller id that sells in that marketplace (any marketplace when null), whichever
     * replica polls it (a notification or an order's ASIN may reach any replica): one seller id may be one seller of
     * the bundle per selling region. (Not an overload of {@link #active()}: routes call that one by name.)
     */
    public java.util.Optional<S> selling(String sellerId, String marketplaceId) {
        return notStopped().filter(s -> s.sellerId().equals(sellerId)
                && (marketplaceId == null || s.marketplaceIds().contains(marketplaceId))).findFirst();
    }

    /** Every seller less those stopped for refused credentials, whichever replica polls them. */
    private java.util.stream.Stream<S> notStopped() {
        return sellers.values().stream().filter(s -> !stopped.containsKey(s.alias()));
    }

    public List<S> all() {
        return List.copyOf(sellers.values());
    }

    public S byAlias(String alias) {
        S s = sellers.get(alias);
        if (s == null) {
            throw new IllegalArgumentException("no seller with alias " + alias);
        }
        return s;
    }

    /** Adds a seller, or replaces the one of the same alias (its new credentials are used from its next token). */
    public synchronized void put(S seller) {
        Map<String, S> next = new LinkedHashMap<>(sellers);
        S before = next.put(seller.alias(), seller);
        sellers = java.util.Collections.unmodifiableMap(next);
        stopped.remove(seller.alias()); // new credentials deserve a new try
        if (before != null) {
            onRemoved.forEach(listener -> listener.accept(before));
        }
        onAdded.forEach(listener -> listener.accept(seller));
    }

    /** Takes a seller out: it is in no later run; a run under way finishes with the seller it started with. */
    public synchronized void remove(String alias) {
        Map<String, S> next = new LinkedHashMap<>(sellers);
        S removed = next.remove(alias);
        sellers = java.util.Collections.unmodifiableMap(next);
        stopped.remove(alias);
        tokenUnavailable.remove(alias);
        if (removed != null) {
            onRemoved.forEach(listener -> listener.accept(removed));
        }
    }

    /**
     * Told of every seller added, and removed, from now on (per-seller metrics and state); a replaced seller is first
     * removed, then added.
     */
    public void onChange(java.util.function.Consumer<S> added, java.util.function.Consumer<S> removed) {
        onAdded.add(added);
        onRemoved.add(removed);
    }

    /** Whether this seller record is the one registered now (a window may still run with a replaced one). */
    private boolean current(S seller) {
        return seller.equals(sellers.get(seller.alias()));
    }

    public void stop(S seller, String reason) {
        if (current(seller) && stopped.putIfAbsent(seller.alias(), reason) == null) {
            LOG.error("Stopped polling {}: {}. Fix the credential: a seller file takes effect when it changes, a"
                    + " property after a restart.", seller, reason);
        }
    }

    public Map<String, String> stopped() {
        return Map.copyOf(stopped);
    }

    /** Amazon's token endpoint could not be reached for this seller; cleared by the next token it gets. */
    public void tokenUnavailable(S seller, String reason) {
        if (current(seller)) {
            tokenUnavailable.put(seller.alias(), reason);
        }
    }

    public void tokenObtained(S seller) {
        tokenUnavailable.remove(seller.alias());
    }

    /** Sellers without a token, and why: refused credentials or an unreachable token endpoint. */
    public Map<String, String> tokenProblems() {
        Map<String, String> all = new TreeMap<>(tokenUnavailable);
        all.putAll(stopped);
        return all;
    }

    public Set<String> aliases() {
        return sellers.keySet();
    }
}
