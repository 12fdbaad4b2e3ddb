package io.sellerbridge.routes;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every route file an operator edits is checked against Camel's YAML DSL schema: a typo fails the build with its line. */
class RouteFilesTest {

    @Test
    void everyRouteFileFollowsCamelsYamlDslSchema() throws Exception {
        List<String> problems = new ArrayList<>();
        List<Path> files = RouteTestSupport.routeFiles();
        for (Path file : files) {
            problems.addAll(RouteFileSchema.problems(file.toString(), Files.readString(file)));
        }
        assertTrue(files.size() >= 8, "the route files were found: " + files);
        assertEquals(List.of(), problems);
    }

    @Test
    void givenAMisspeltStep_whenChecked_thenTheProblemNamesTheFileAndTheLine() {
        String yaml = """
                - route:
                    id: spapi-orders-window
                    from:
                      uri: direct:spapi-orders-window
                      steps:
                        - setProperty:
                            name: ceSource
                            constant:
                              expression: /amazon/sp-api/orders/v0
                        - bean:
                            ref: ordersWindows
                            methd: plan
                """;

        List<String> problems = RouteFileSchema.problems("routes/spapi-orders.camel.yaml", yaml);

        assertTrue(problems.stream().anyMatch(p -> p.startsWith("routes/spapi-orders.camel.yaml:12: ")
                && p.contains("methd")), String.valueOf(problems));
    }

    @Test
    void givenAPlaceholderWhereABooleanGoes_whenChecked_thenItIsAccepted() {
        String yaml = """
                - route:
                    id: spapi-orders-schedule
                    autoStartup: "{{spapi.orders.enabled}}"
                    from:
                      uri: quartz:seller-bridge/spapi-orders
                      steps:
                        - to:
                            uri: direct:spapi-orders-window
                """;

        assertEquals(List.of(), RouteFileSchema.problems("x.camel.yaml", yaml));
    }

    @Test
    void givenAWrongTypeThatIsNoPlaceholder_whenChecked_thenItIsReported() {
        String yaml = """
                - route:
                    id: spapi-orders-schedule
                    autoStartup: maybe
                    from:
                      uri: quartz:seller-bridge/spapi-orders
                      steps:
                        - to:
                            uri: direct:spapi-orders-window
                """;

        List<String> problems = RouteFileSchema.problems("x.camel.yaml", yaml);

        assertTrue(problems.stream().anyMatch(p -> p.startsWith("x.camel.yaml:3: ")), String.valueOf(problems));
    }
}
