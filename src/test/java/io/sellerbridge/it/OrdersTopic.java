package io.sellerbridge.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sellerbridge.sandbox.AmazonSandbox;
import io.sellerbridge.sandbox.SandboxSeller;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** What downstream sees on a topic, in the terms tests assert on. */
final class OrdersTopic {

    static final Set<String> ALLOWED_HEADERS = Set.of("ce_specversion", "ce_id", "ce_source", "ce_type", "ce_dataschema", "ce_time",
            "content-type", "ce_sellerid", "ce_marketplaceid");
    private static final ObjectMapper JSON = new ObjectMapper();

    private OrdersTopic() {
    }

    static JsonNode value(ConsumerRecord<String, String> r) {
        try {
            return JSON.readTree(r.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> headerNames(ConsumerRecord<String, String> r) {
        return StreamSupport.stream(r.headers().spliterator(), false).map(Header::key).collect(Collectors.toCollection(TreeSet::new));
    }

    static Map<String, String> headers(ConsumerRecord<String, String> r) {
        return StreamSupport.stream(r.headers().spliterator(), false)
                .collect(Collectors.toMap(Header::key, h -> new String(h.value(), StandardCharsets.UTF_8), (a, b) -> a + "," + b));
    }

    /** The record key of every order the sandbox holds for these sellers. */
    static Set<String> keysOfAllOrders(AmazonSandbox sandbox, List<SandboxSeller> sellers) {
        return sellers.stream().flatMap(s -> sandbox.data().orders(s.sellerId()).stream()
                .map(o -> s.sellerId() + ":" + o.get("AmazonOrderId").asText())).collect(Collectors.toSet());
    }

    static Set<String> keys(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
    }
}
