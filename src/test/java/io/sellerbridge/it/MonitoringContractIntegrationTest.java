package io.sellerbridge.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.sellerbridge.sandbox.AmazonSandbox;
import io.sellerbridge.sandbox.SandboxOptions;
import io.sellerbridge.sandbox.SandboxSeller;
import io.sellerbridge.testing.BundleUnderTest;
import io.sellerbridge.testing.Closing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every metric an alert (k8s/components/monitoring/prometheusrule.yaml) or a dashboard panel
 * (seller-bridge-dashboard.json) uses is one the bundle exports: read off a running bundle's /observe/metrics after
 * it synced, backfilled, met a 429 and dead-lettered a report row. An expression naming anything else fails.
 */
class MonitoringContractIntegrationTest {

    private static final Path MONITORING = Path.of("k8s", "components", "monitoring");
    private static final Pattern TOKEN = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    /** PromQL's own words in these expressions, and Grafana's. */
    private static final Set<String> PROMQL = Set.of("sum", "max", "min", "avg", "count", "rate", "increase", "changes",
            "absent", "by", "without", "and", "or", "unless", "on", "ignoring", "label_values");

    private AmazonSandbox sandbox;
    private BundleUnderTest bundle;

    @AfterEach
    void stop() throws Exception {
        Closing.closeAll(bundle, sandbox);
    }

    /** The PromQL of every alert and every panel. */
    static List<String> expressions() throws Exception {
        List<String> out = new ArrayList<>();
        JsonNode rules = new ObjectMapper(new YAMLFactory()).readTree(MONITORING.resolve("prometheusrule.yaml").toFile());
        rules.path("spec").path("groups").forEach(g -> g.path("rules").forEach(r -> out.add(r.path("expr").asText())));
        JsonNode dashboard = new ObjectMapper().readTree(MONITORING.resolve("seller-bridge-dashboard.json").toFile());
        dashboard.path("panels").forEach(p -> p.path("targets").forEach(t -> out.add(t.path("expr").asText())));
        dashboard.path("templating").path("list").forEach(v -> {
            if ("query".equals(v.path("type").asText())) {
                out.add(v.path("query").asText());
            }
        });
        return out;
    }

    /** The metric names an expression reads: what is left once label matchers, ranges, grouping and functions go. */
    static Set<String> metrics(String expr) {
        String bare = expr.replaceAll("label_values\\(([^,]+),\\s*\\w+\\)", "$1").replaceAll("\"[^\"]*\"", "").replaceAll("\\{[^}]*}", "").replaceAll("\\[[^]]*]", "").replaceAll("\\boffset\\s+\\w+", "")
                .replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", "");
        Set<String> names = new TreeSet<>();
        Matcher m = TOKEN.matcher(bare);
        while (m.find()) {
            if (!PROMQL.contains(m.group())) {
                names.add(m.group());
            }
        }
        return names;
    }

    @Test
    void givenABundleThatDidEverything_thenEveryMetricOfTheAlertsAndTheDashboardIsExported() throws Exception {
        Set<String> used = new TreeSet<>();
        for (String expr : expressions()) {
            used.addAll(metrics(expr));
        }
        assertFalse(used.isEmpty());
        assertEquals(Set.of(), used.stream().filter(n -> !n.startsWith("sellerbridge_")).collect(java.util.stream.Collectors.toSet()),
                "alerts and panels use the bundle's own metrics only");

        sandbox = AmazonSandbox.start(SandboxOptions.defaults().timeScale(100).orderCount(30).history(Duration.ofDays(25)));
        sandbox.faults().throttleNext("getOrders", 1);
        sandbox.faults().corruptNextDocumentRow(3);
        bundle = BundleUnderTest.against(sandbox, 100, List.of(SandboxSeller.DEFAULT))
                .set("spapi.reports.orders.enabled", "true")
                .set("spapi.reports.backfill.from", Instant.now().minus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS).toString())
                .start();

        Set<String> missing = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> missing(used, exported()), Set::isEmpty);
        assertEquals(Set.of(), missing);
    }

    private Set<String> exported() throws Exception {
        String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(bundle.managementUrl()
                + "/observe/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Set<String> names = new TreeSet<>();
        body.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).forEach(l -> names.add(l.split("[{ ]", 2)[0]));
        return names;
    }

    private static Set<String> missing(Set<String> used, Set<String> exported) {
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(exported);
        return missing;
    }
}
