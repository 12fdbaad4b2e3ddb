package io.sellerbridge.routes;

import io.sellerbridge.App;
import io.sellerbridge.config.Beans;
import io.sellerbridge.kafka.KafkaPreflight;
import io.sellerbridge.kafka.KafkaStateConfiguration;
import io.sellerbridge.pii.PiiRetentionConfiguration;
import io.sellerbridge.spapi.SpApiSeller;
import io.sellerbridge.testing.InMemoryCheckpoints;
import io.sellerbridge.testing.MutableClock;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.kafka.KafkaComponent;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.test.junit5.CamelContextConfiguration;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The real routes/*.camel.yaml, application.properties and configurations in a CamelTestSupport context, without a
 * broker or Amazon: Kafka producers are mocked and skipped ({@code mock:kafka:<topic>}), the SP-API HTTP call answers
 * from a {@link FakeAmazon}, the LWA token is a constant, the state is in memory and the clock is frozen. A route
 * change is checked in seconds; the integration tests (package it) keep the broker and the sandbox.
 */
public abstract class RouteTestSupport extends CamelTestSupport {

    protected static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    protected static final String ORDERS_TOPIC = "mock:kafka:amazon.orders.v1";
    protected static final String DLQ_TOPIC = "mock:kafka:amazon.dlq.v1";

    protected final MutableClock clock = new MutableClock(NOW);
    protected final InMemoryCheckpoints checkpoints = new InMemoryCheckpoints();
    /** Every version marked published, also after the context stopped (the repository forgets on stop). */
    protected final List<String> published = java.util.Collections.synchronizedList(new ArrayList<>());
    protected final MemoryIdempotentRepository versions = new MemoryIdempotentRepository() {
        @Override
        public boolean add(String key) {
            published.add(key);
            return super.add(key);
        }
    };
    protected final FakeAmazon amazon = FakeAmazon.spApi();
    protected final FakeAmazon mws = FakeAmazon.mws();

    /** The seller of application.properties' {@code main} alias, with the values the tests give it. */
    protected final SpApiSeller seller = new SpApiSeller("main", "A2S", List.of("ATVPDKIKX0DER", "A2EUQ1WTGCTBG2"),
            "client", "secret", "refresh");

    @Override
    public void configureTest(TestExecutionConfiguration test) {
        super.configureTest(test);
        // the test advises the routes, then starts the context itself
        test.withUseAdviceWith(true);
    }

    @Override
    public void configureContext(CamelContextConfiguration context) {
        super.configureContext(context);
        context.withMockEndpointsAndSkip("kafka:*");
    }

    /** Keys this test sets over application.properties. */
    protected Properties overrides() {
        return new Properties();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        Properties properties = new Properties();
        properties.put("spapi.seller.main.seller-id", seller.sellerId());
        properties.put("spapi.seller.main.marketplace-ids", String.join(",", seller.marketplaceIds()));
        properties.put("spapi.seller.main.lwa.client-id", seller.clientId());
        properties.put("spapi.seller.main.lwa.client-secret", seller.clientSecret());
        properties.put("spapi.seller.main.lwa.refresh-token", seller.refreshToken());
        // no retry waits: the back-off itself is Camel's
        properties.put("spapi.retry.initial-delay", "PT0.001S");
        properties.put("spapi.retry.maximum-delay", "PT0.01S");
        // a test runs the streams itself: no schedule may tick in while it runs (a test that wants one sets it)
        for (String schedule : List.of("spapi.orders.schedule", "spapi.catalog.schedule", "spapi.inventory.schedule",
                "spapi.reports.orders.schedule", "spapi.reports.inventory.schedule", "mws.orders.schedule")) {
            properties.put(schedule, "0 0 0 1 1 ? 2099");
        }
        properties.putAll(overrides());
        context.getPropertiesComponent().setLocation("file:application.properties");
        context.getPropertiesComponent().setOverrideProperties(properties);
        context.getRegistry().bind(Beans.CLOCK, clock);
        // Camel Main would apply camel.component.kafka.*; the producers are skipped, so never started
        KafkaComponent kafka = context.getComponent("kafka", KafkaComponent.class);
        kafka.getConfiguration().setBrokers(context.resolvePropertyPlaceholders("{{camel.component.kafka.brokers}}"));
        kafka.setLazyStartProducer(true);
        for (Class<? extends CamelConfiguration> type : App.configurations()) {
            if (type == KafkaPreflight.class || type == PiiRetentionConfiguration.class) {
                continue; // no broker here
            }
            CamelConfiguration configuration = type == KafkaStateConfiguration.class
                    ? new InMemoryStateConfiguration(checkpoints, versions)
                    : type.getDeclaredConstructor().newInstance();
            configuration.configure(context);
        }
        return context;
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() throws Exception {
        List<Resource> files = new ArrayList<>();
        for (Path file : routeFiles()) {
            files.add(ResourceHelper.resolveMandatoryResource(context, "file:" + file));
        }
        return PluginHelper.getRoutesLoader(context).findRoutesBuilders(files).toArray(RoutesBuilder[]::new);
    }

    static List<Path> routeFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(Path.of("routes"), "*.camel.yaml")) {
            dir.forEach(files::add);
        }
        files.sort(null);
        return files;
    }

    /** Amazon and LWA replaced, then the context started. */
    protected void start() throws Exception {
        AdviceWith.adviceWith(context, "spapi-call", route -> {
            route.weaveById("lwa-access-token").replace().setHeader("x-amz-access-token").constant("Atza|test-token");
            route.weaveById("spapi-http-request").replace().process(amazon);
        });
        AdviceWith.adviceWith(context, "mws-call", route -> route.weaveById("mws-http-request").replace().process(mws));
        context.start();
    }

    protected MockEndpoint topic(String mockUri) {
        return getMockEndpoint(mockUri);
    }
}
