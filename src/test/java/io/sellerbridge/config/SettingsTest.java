package io.sellerbridge.config;

import io.sellerbridge.amazon.SellerRegistry;
import io.sellerbridge.spapi.SpApiSeller;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsTest {

    private final Map<String, String> props = new HashMap<>(Map.of(
            "spapi.sellers", "main",
            "spapi.seller.main.seller-id", "A2S",
            "spapi.seller.main.marketplace-ids", "ATVPDKIKX0DER",
            "spapi.seller.main.lwa.client-id", "cid",
            "spapi.seller.main.lwa.client-secret", "top-secret",
            "spapi.seller.main.lwa.refresh-token", "Atzr|r"));
    private final Settings settings = new Settings(k -> Optional.ofNullable(props.get(k)));

    @Test
    void givenCompleteSellerProperties_thenTheSellerLoads() {
        SellerRegistry<SpApiSeller> registry = SellerRegistry.load(settings, "spapi", SpApiSeller::read);
        assertEquals("A2S", registry.byAlias("main").sellerId());
        assertFalse(registry.byAlias("main").toString().contains("top-secret"));
    }

    @Test
    void givenNoMarketplace_thenStartUpFailsNamingTheKey() {
        props.put("spapi.seller.main.marketplace-ids", " ");
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> SellerRegistry.load(settings, "spapi", SpApiSeller::read));
        assertTrue(e.getMessage().startsWith("spapi.seller.main.marketplace-ids:"), e.getMessage());
    }

    @Test
    void givenAMissingSecret_thenStartUpFailsNamingTheKey() {
        props.remove("spapi.seller.main.lwa.client-secret");
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> SellerRegistry.load(settings, "spapi", SpApiSeller::read));
        assertTrue(e.getMessage().startsWith("spapi.seller.main.lwa.client-secret:"), e.getMessage());
    }

    @Test
    void givenAnUnresolvableEnvReference_thenTheKeyIsNamed() {
        Settings failing = new Settings(k -> {
            throw new IllegalArgumentException("Property with key [env:SPAPI_MAIN_LWA_CLIENT_SECRET] not found");
        });
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> failing.required("spapi.seller.main.lwa.client-secret"));
        assertTrue(e.getMessage().startsWith("spapi.seller.main.lwa.client-secret:"), e.getMessage());
    }

    @Test
    void givenBadScheduleUrlAndDuration_thenEachFailureNamesItsKey() {
        props.put("spapi.orders.schedule", "every five minutes");
        props.put("spapi.endpoint", "sellingpartnerapi-na.amazon.com");
        props.put("spapi.orders.look-back", "10 minutes");
        assertTrue(assertThrows(ConfigurationException.class, () -> settings.cron("spapi.orders.schedule"))
                .getMessage().startsWith("spapi.orders.schedule:"));
        assertTrue(assertThrows(ConfigurationException.class, () -> settings.httpUrl("spapi.endpoint"))
                .getMessage().startsWith("spapi.endpoint:"));
        assertTrue(assertThrows(ConfigurationException.class, () -> settings.duration("spapi.orders.look-back"))
                .getMessage().startsWith("spapi.orders.look-back:"));
    }
}
