package io.sellerbridge.kafka;

/**
 * What the bundle publishes: each kind of record with its CloudEvents type and the JSON Schema its value follows. The
 * schemas ship in the bundle at {@code /schemas/<schema>.schema.json} (src/main/resources/schemas in Git); the
 * schema's {@code $id} is the record's {@code ce_dataschema}.
 */
public enum RecordType {

    ORDER("io.sellerbridge.amazon.order.v1", "amazon.orders.v1", "kafka.topics.orders", true),
    PRODUCT("io.sellerbridge.amazon.product.v1", "amazon.products.v1", "kafka.topics.products", true),
    INVENTORY("io.sellerbridge.amazon.inventory.v1", "amazon.inventory.v1", "kafka.topics.inventory", true),
    DEAD_LETTER("io.sellerbridge.amazon.deadletter.v1", "amazon.dlq.v1", "kafka.topics.dlq", false),
    /** Buyers' personal data, for sellers that opted in: a topic of its own, so access to it can be granted apart. */
    ORDER_PII("io.sellerbridge.amazon.order-pii.v1", "amazon.order-pii.v1", "kafka.topics.order-pii", true);

    /** Where the schemas' {@code $id}s live: an identifier, stable across releases of v1. */
    public static final String SCHEMA_BASE = "https://sellerbridge.io/schemas/";

    private final String eventType;
    private final String schemaName;
    private final String topicKey;
    private final boolean compacted;

    RecordType(String eventType, String schemaName, String topicKey, boolean compacted) {
        this.eventType = eventType;
        this.schemaName = schemaName;
        this.topicKey = topicKey;
        this.compacted = compacted;
    }

    /** The CloudEvents {@code ce_type}. */
    public String eventType() {
        return eventType;
    }

    /** The schema's name, e.g. {@code amazon.orders.v1} (also the default name of the topic). */
    public String schemaName() {
        return schemaName;
    }

    /** The schema's file in the bundle, e.g. {@code /schemas/amazon.orders.v1.schema.json}. */
    public String schemaResource() {
        return "/schemas/" + schemaName + ".schema.json";
    }

    /** The CloudEvents {@code ce_dataschema}: the schema's {@code $id}. */
    public String dataschema() {
        return SCHEMA_BASE + schemaName + ".schema.json";
    }

    /** The property that names the topic these records go to. */
    public String topicKey() {
        return topicKey;
    }

    /**
     * Topic settings besides compaction. Buyer data under a tombstone must leave the log, not wait for its segment
     * to fill: compacted within a day of the tombstone, and the tombstone itself gone a day later.
     */
    public java.util.Map<String, String> topicConfigs() {
        return this == ORDER_PII
                ? java.util.Map.of("max.compaction.lag.ms", "86400000", "delete.retention.ms", "86400000")
                : java.util.Map.of();
    }

    /** Whether the topic keeps the latest record per key (a business object's versions) rather than every record. */
    public boolean compacted() {
        return compacted;
    }
}
