package io.sellerbridge.spapi;

import io.sellerbridge.amazon.SellerRegistry;
import io.sellerbridge.config.ConfigurationException;
import io.sellerbridge.config.Settings;
import io.sellerbridge.pii.BuyerDataOptIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Sellers as data ({@code spapi.sellers.directory}): one file per seller, {@code <alias>.properties}, with the keys a
 * seller of {@code spapi.sellers} has, without the {@code spapi.seller.<alias>.} prefix — the shape of a Kubernetes
 * Secret mounted with one key per seller. Read at start-up and again every {@code spapi.sellers.directory-check}: a
 * new file adds its seller, a changed one replaces it (new credentials from its next token), a removed one takes it
 * out after its running window. A bad file leaves its seller out with an error naming the file and key; the others go
 * on. Values are never logged: errors name keys only.
 */
public class SellersDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(SellersDirectory.class);
    private static final Pattern ALIAS = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");
    private static final String SUFFIX = ".properties";

    private final Path directory;
    private final SellerRegistry<SpApiSeller> sellers;
    private final BuyerDataOptIn buyerData;
    private final boolean buyerDataByDefault;
    private final Set<String> configured;
    /** What each file held when last read (its properties), so an unchanged file changes nothing. */
    private final Map<String, Properties> read = new HashMap<>();
    private final Map<String, String> problems = new ConcurrentHashMap<>();

    /**
     * @param configured the aliases of {@code spapi.sellers}: a file may not define one of them again
     */
    public SellersDirectory(Path directory, SellerRegistry<SpApiSeller> sellers, BuyerDataOptIn buyerData,
                            boolean buyerDataByDefault, Set<String> configured) {
        this.directory = directory;
        this.sellers = sellers;
        this.buyerData = buyerData;
        this.buyerDataByDefault = buyerDataByDefault;
        this.configured = Set.copyOf(configured);
    }

    /** No directory ({@code spapi.sellers.directory} unset): nothing to read. */
    public static SellersDirectory none(SellerRegistry<SpApiSeller> sellers, BuyerDataOptIn buyerData) {
        return new SellersDirectory(null, sellers, buyerData, false, Set.of());
    }

    /** Reads the directory and applies what changed since the last read. */
    public synchronized void reload() {
        if (directory == null) {
            return;
        }
        Set<String> badNames = new java.util.TreeSet<>();
        Map<String, Path> files = files(badNames);
        for (String alias : Set.copyOf(read.keySet())) {
            if (!files.containsKey(alias)) {
                read.remove(alias);
                problems.remove(fileName(alias));
                sellers.remove(alias);
                buyerData.set(prefix(alias), null);
                LOG.info("Seller {}: its file is gone, it is no longer polled", alias);
            }
        }
        problems.keySet().removeIf(file -> !files.containsKey(aliasOf(file)) && !badNames.contains(file));
        badNames.forEach(file -> problem(file,
                "the file name must be <alias>.properties, the alias lower-case letters, digits, - or _"));
        files.forEach(this::apply);
    }

    /** File name → why its seller is left out (key names only), for readiness and metrics. */
    public Map<String, String> problems() {
        return new TreeMap<>(problems);
    }

    private void apply(String alias, Path file) {
        String name = fileName(alias);
        Properties properties;
        try {
            properties = load(file);
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: a malformed \\uXXXX escape
            problem(name, "cannot be read (" + e.getClass().getSimpleName() + ")");
            return;
        }
        if (properties.equals(read.get(alias))) {
            return;
        }
        try {
            if (configured.contains(alias)) {
                throw new ConfigurationException("spapi.sellers", "names " + alias + " already; rename the file");
            }
            Settings settings = new Settings(key -> Optional.ofNullable(properties.getProperty(key)));
            SpApiSeller seller = SpApiSeller.read(new SellerRegistry.SellerKeys(settings, "", alias), name + ": ");
            boolean pii = BuyerDataOptIn.sellerSwitch(settings, "pii.enabled", buyerDataByDefault);
            boolean known = read.containsKey(alias);
            read.put(alias, properties);
            problems.remove(name);
            buyerData.set(prefix(alias), pii);
            sellers.put(seller);
            LOG.info("{} {} from {}", known ? "Changed" : "Added", seller, name);
        } catch (ConfigurationException e) {
            // a seller whose file turned bad is not polled, as with a bad key at start-up (a seller of spapi.sellers
            // of the same alias is not this file's); the message names the key only
            if (read.remove(alias) != null) {
                sellers.remove(alias);
                buyerData.set(prefix(alias), null);
            }
            problem(name, e.getMessage());
        }
    }

    /** Records why a file is left out; logged when the reason is new (never a value: reasons name keys). */
    private void problem(String file, String reason) {
        if (!reason.equals(problems.put(file, reason))) {
            LOG.error("Seller file {} left out: {}", file, reason);
        }
    }

    private Map<String, Path> files(Set<String> badNames) {
        Map<String, Path> files = new TreeMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path entry : entries) {
                String alias = aliasOf(entry.getFileName().toString());
                // Kubernetes' own entries (..data) start with dots and never match
                if (ALIAS.matcher(alias).matches() && Files.isRegularFile(entry)) {
                    files.put(alias, entry);
                } else if (!alias.startsWith(".")) {
                    badNames.add(entry.getFileName().toString());
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            LOG.error("Seller directory {} cannot be read ({}); its sellers stay as they were", directory,
                    e.getClass().getSimpleName());
            return read.keySet().stream().collect(TreeMap::new, (m, a) -> m.put(a, directory.resolve(fileName(a))),
                    Map::putAll);
        }
        return files;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static String aliasOf(String fileName) {
        return fileName.endsWith(SUFFIX) ? fileName.substring(0, fileName.length() - SUFFIX.length()) : fileName;
    }

    private static String fileName(String alias) {
        return alias + SUFFIX;
    }

    private static String prefix(String alias) {
        return "spapi.seller." + alias + ".";
    }
}
