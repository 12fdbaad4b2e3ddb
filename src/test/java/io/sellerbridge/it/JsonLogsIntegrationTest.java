package io.sellerbridge.it;

import io.sellerbridge.sandbox.AmazonSandbox;
import io.sellerbridge.sandbox.SandboxOptions;
import io.sellerbridge.sandbox.SandboxSeller;
import io.sellerbridge.testing.BundleUnderTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundle as a process with LOG4J_CONFIGURATION_FILE's JSON layout: every line JSON, each naming its context. */
class JsonLogsIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private AmazonSandbox sandbox;
    private Process bundle;

    @AfterEach
    void stop() {
        if (bundle != null) {
            bundle.destroyForcibly();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void givenJsonLogs_thenEveryLineIsJsonAndTheWindowLinesNameSellerMarketplacesAndRoute() throws Exception {
        sandbox = AmazonSandbox.start(SandboxOptions.defaults().timeScale(100).orderCount(10).history(Duration.ofDays(5)));
        Path log = Files.createTempFile("json-logs", ".log");
        bundle = BundleUnderTest.against(sandbox, 100, List.of(SandboxSeller.DEFAULT))
                .set("log4j2.configurationFile", "log4j2-json.properties").startProcess(log);
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.readString(log).contains("Committed spapi-orders"));

        List<String> lines = Files.readAllLines(log).stream().filter(l -> !l.isBlank()).toList();
        for (String line : lines) {
            JSON.readTree(line); // throws on a line that is not JSON
        }
        JsonNode window = lines.stream().map(JsonLogsIntegrationTest::parse)
                .filter(n -> n.path("message").asText().startsWith("Orders window for seller")).findFirst().orElseThrow();
        assertEquals(SandboxSeller.DEFAULT.sellerId(), window.path("seller").asText(), window.toString());
        assertEquals(String.join(",", SandboxSeller.DEFAULT.marketplaceIds()), window.path("marketplaces").asText());
        assertEquals("spapi-orders-window", window.path("camel.routeId").asText(), window.toString());
        JsonNode commit = lines.stream().map(JsonLogsIntegrationTest::parse)
                .filter(n -> n.path("message").asText().startsWith("Committed spapi-orders")).findFirst().orElseThrow();
        assertEquals(SandboxSeller.DEFAULT.sellerId(), commit.path("seller").asText(), commit.toString());
        String all = String.join("\n", lines);
        assertFalse(all.contains(SandboxSeller.DEFAULT.clientSecret()) || all.contains(SandboxSeller.DEFAULT.refreshToken())
                || all.contains("Atza|"), "no secret in the logs");
        assertTrue(lines.size() > 10);
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new IllegalStateException(line, e);
        }
    }
}
