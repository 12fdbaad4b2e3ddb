package io.sellerbridge.it;

import io.sellerbridge.App;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad configuration stops the bundle at start-up, and the message names the key. */
class StartupValidationIntegrationTest {

    private static final Map<String, String> VALID = Map.of(
            "camel.component.kafka.brokers", "127.0.0.1:1",
            "kafka.topics.create", "false",
            "camel.management.enabled", "false",
            "spapi.seller.main.seller-id", "A2S",
            "spapi.seller.main.lwa.client-id", "cid",
            "spapi.seller.main.lwa.client-secret", "secret",
            "spapi.seller.main.lwa.refresh-token", "refresh");

    private static String startupFailure(String key, String value) {
        Main main = App.create();
        VALID.forEach(main::addOverrideProperty);
        main.addOverrideProperty(key, value);
        Exception e = assertThrows(Exception.class, main::start);
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append(" | ");
        }
        try {
            main.stop();
        } catch (Exception ignored) {
            // the context never started
        }
        return messages.toString();
    }

    @Test
    void givenNoMarketplace_thenStartUpFailsNamingTheKey() {
        String m = startupFailure("spapi.seller.main.marketplace-ids", "");
        assertTrue(m.contains("spapi.seller.main.marketplace-ids"), m);
    }

    @Test
    void givenABadSchedule_thenStartUpFailsNamingTheKey() {
        String m = startupFailure("spapi.orders.schedule", "every 5 minutes");
        assertTrue(m.contains("spapi.orders.schedule"), m);
    }

    @Test
    void givenABadEndpointUrl_thenStartUpFailsNamingTheKey() {
        String m = startupFailure("spapi.endpoint", "sellingpartnerapi-na");
        assertTrue(m.contains("spapi.endpoint"), m);
    }

    @Test
    void givenAnEndLagUnderAmazonsTwoMinutes_thenStartUpFailsNamingTheKey() {
        String m = startupFailure("spapi.orders.end-lag", "PT30S");
        assertTrue(m.contains("spapi.orders.end-lag"), m);
    }

    @Test
    void givenAMissingCredential_thenStartUpFailsNamingTheKeyNotAValue() {
        String m = startupFailure("spapi.seller.main.lwa.refresh-token", "");
        assertTrue(m.contains("spapi.seller.main.lwa.refresh-token"), m);
        assertTrue(!m.contains("secret|"), m);
    }
}
