package io.sellerbridge.kafka;

/** CloudEvents Kafka binary-mode header names (the bundle's event types are {@link RecordType}'s). */
public final class CloudEvents {

    public static final String SPECVERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String DATASCHEMA = "ce_dataschema";
    public static final String CONTENT_TYPE = "content-type";
    public static final String SELLER = "ce_sellerid";
    public static final String MARKETPLACE = "ce_marketplaceid";

    /** camel-kafka takes the record key from this header and does not copy it to the record headers. */
    public static final String KAFKA_KEY = "kafka.KEY";

    private CloudEvents() {
    }
}
