package io.sellerbridge.mws;

import io.sellerbridge.config.ConfigurationException;
import io.sellerbridge.config.Settings;

import java.util.List;

/** The sellers named in {@code mws.sellers}, each read and validated from {@code mws.seller.<alias>.*} at start-up. */
public class MwsSellerRegistry {

    private final List<MwsSellerConfig> sellers;

    public MwsSellerRegistry(List<MwsSellerConfig> sellers) {
        this.sellers = List.copyOf(sellers);
    }

    public static MwsSellerRegistry load(Settings settings) {
        List<String> aliases = settings.list("mws.sellers");
        if (aliases.isEmpty()) {
            throw new ConfigurationException("mws.sellers", "must name at least one seller alias");
        }
        return new MwsSellerRegistry(aliases.stream().map(alias -> seller(settings, alias)).toList());
    }

    private static MwsSellerConfig seller(Settings settings, String alias) {
        String prefix = "mws.seller." + alias + ".";
        List<String> marketplaces = settings.list(prefix + "marketplace-ids");
        if (marketplaces.isEmpty() || marketplaces.size() > 50) {
            throw new ConfigurationException(prefix + "marketplace-ids", "must list 1 to 50 marketplace ids");
        }
        return new MwsSellerConfig(alias, settings.required(prefix + "seller-id"),
                settings.secret(prefix + "access-key-id"), settings.secret(prefix + "secret-key"),
                settings.optional(prefix + "auth-token").orElse(null), marketplaces);
    }

    public List<MwsSellerConfig> all() {
        return sellers;
    }
}
