package io.sellerbridge.spapi;

import io.sellerbridge.amazon.SellerRegistry;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SellerHealthCheckTest {

    private static final SpApiSeller US = new SpApiSeller("us", "A1", List.of("ATVPDKIKX0DER"), "c", "s3cr3t", "r");
    private static final SpApiSeller EU = new SpApiSeller("eu", "A2", List.of("A1PA6795UKMFR9"), "c", "s3cr3t", "r");

    private static HealthCheck.Result check(SellerRegistry sellers) {
        io.sellerbridge.pii.BuyerDataOptIn buyerData = new io.sellerbridge.pii.BuyerDataOptIn(java.util.Map.of());
        SellerHealthCheck check = new SellerHealthCheck(sellers, buyerData, SellersDirectory.none(sellers, buyerData));
        check.setCamelContext(new DefaultCamelContext());
        return check.call();
    }

    @Test
    void givenOneOfTwoSellersRefused_thenReadinessStaysUpButNamesIt() {
        SellerRegistry sellers = new SellerRegistry(List.of(US, EU));
        sellers.stop(EU, "LWA refused seller eu with invalid_grant; check spapi.seller.eu.lwa.refresh-token");
        HealthCheck.Result result = check(sellers);
        assertEquals(HealthCheck.State.UP, result.getState());
        assertTrue(result.getMessage().orElse("").contains("eu"));
        assertTrue(String.valueOf(result.getDetails().get("seller.eu")).contains("invalid_grant"));
        assertFalse(result.getDetails().toString().contains("s3cr3t"));
    }

    @Test
    void givenNoSellerWithAToken_thenReadinessIsDown() {
        SellerRegistry sellers = new SellerRegistry(List.of(US, EU));
        sellers.stop(EU, "refused");
        sellers.tokenUnavailable(US, "LWA unreachable");
        assertEquals(HealthCheck.State.DOWN, check(sellers).getState());
        sellers.tokenObtained(US);
        assertEquals(HealthCheck.State.UP, check(sellers).getState(), "an unreachable LWA clears with the next token");
    }
}
