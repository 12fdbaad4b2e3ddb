package io.sellerbridge.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * The consumer README.md shows ("Reading a topic"), as code that runs: the block between the markers is the README's,
 * with the broker and topic as parameters. {@link #readmeBlock()} lets a test check the two have not drifted apart.
 */
final class ReadmeOrdersConsumer {

    interface OrderHandler {
        void handle(String orderId, String status, JsonNode order);
    }

    private ReadmeOrdersConsumer() {
    }

    static void consume(String bootstrapServers, String topic, BooleanSupplier running, OrderHandler handler) throws Exception {
        // README:begin
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "order-sync");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        ObjectMapper json = new ObjectMapper();   // reads fields by name: a field added in v1 is simply not read
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (running.getAsBoolean()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    JsonNode order = json.readTree(record.value());
                    // one record per order version: upsert by amazonOrderId, keep the latest lastUpdateDate
                    handler.handle(order.get("amazonOrderId").asText(), order.get("orderStatus").asText(), order);
                }
                consumer.commitSync();   // after handling: at least once
            }
        }
        // README:end
    }

    /** The marked block as README.md must show it: unindented, with the default broker and topic. */
    static String readmeBlock() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src/test/java/io/sellerbridge/it/ReadmeOrdersConsumer.java"));
        return lines.subList(lines.indexOf("        // README:begin") + 1, lines.indexOf("        // README:end")).stream()
                .map(l -> l.substring(8))
                .map(l -> l.replace("bootstrapServers", "\"localhost:9092\"").replace("List.of(topic)", "List.of(\"amazon.orders.v1\")")
                        .replace("running.getAsBoolean()", "running").replace("handler.handle(", "handle("))
                .collect(Collectors.joining("\n"));
    }
}
