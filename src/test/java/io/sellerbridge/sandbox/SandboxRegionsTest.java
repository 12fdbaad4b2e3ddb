package io.sellerbridge.sandbox;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each selling region's endpoint serves its own marketplaces only; the sandbox's base URL serves every region. */
class SandboxRegionsTest {

    private static final String ORDERS = "/orders/v0/orders?CreatedAfter=2020-01-01T00:00:00Z&MarketplaceIds=";

    private AmazonSandbox sandbox;
    private String token;

    @BeforeEach
    void start() {
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().orderCount(10).rate("getOrders", 100, 100)
                .sellers(List.of(SandboxSeller.SECOND)));
        token = new SandboxHttp(sandbox).token(SandboxSeller.SECOND);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private HttpResponse<String> getOrders(String base, String marketplaces) throws Exception {
        return SandboxHttp.newClient().send(HttpRequest.newBuilder(URI.create(base + ORDERS + marketplaces))
                .header("x-amz-access-token", token).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void givenEuropeanMarketplaces_thenTheEuropeanEndpointServesThemAndTheOthersRefuse() throws Exception {
        String europe = "A1PA6795UKMFR9,A1F83G8C2ARO7P";

        assertEquals(200, getOrders(sandbox.regionUrl("EU"), europe).statusCode());
        HttpResponse<String> na = getOrders(sandbox.regionUrl("NA"), europe);
        assertEquals(400, na.statusCode());
        assertTrue(na.body().contains("InvalidInput") && na.body().contains("A1PA6795UKMFR9"), na.body());
        assertEquals(400, getOrders(sandbox.regionUrl("FE"), "A1F83G8C2ARO7P").statusCode());
        assertEquals(200, getOrders(sandbox.baseUrl(), europe).statusCode());

        assertEquals(1, sandbox.requestsTo("NA"));
        assertEquals(1, sandbox.requestsTo("EU"));
    }
}
