package io.sellerbridge.reports;

import io.sellerbridge.amazon.AmazonCall;
import io.sellerbridge.canonical.CanonicalMessage;
import io.sellerbridge.canonical.CanonicalOrder;
import io.sellerbridge.canonical.Versioned;
import io.sellerbridge.checkpoint.PublishedVersions;
import io.sellerbridge.kafka.CanonicalRecord;
import io.sellerbridge.kafka.RecordType;
import io.sellerbridge.observe.BundleMetrics;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.support.DefaultMessage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A report is published a batch at a time: the batch's entries become one Kafka record each (a Camel Message with
 * its key, topic and CloudEvents headers), sent by one call to the Kafka endpoint so that they are in flight together
 * and acknowledged together; versions already on the topic are left out, and rows that could not be read are set
 * aside for the dead-letter topic. Only once Kafka acknowledged every record of the batch are its versions marked.
 */
public class ReportBatches {

    /** The batch's rows that could not be read ({@link ReportEntry.BadRow}), for the dead-letter topic. */
    public static final String BAD_ROWS = "reportBadRows";
    static final String VERSIONS = "reportBatchVersions";
    static final String RECORDS_PER_TYPE = "reportBatchRecords";

    private final PublishedVersions publishedVersions;
    private final Map<RecordType, CanonicalRecord> records;
    private final Map<RecordType, String> topics;
    private final BundleMetrics metrics;

    public ReportBatches(PublishedVersions publishedVersions, Map<RecordType, CanonicalRecord> records,
                         Map<RecordType, String> topics, BundleMetrics metrics) {
        this.publishedVersions = publishedVersions;
        this.records = Map.copyOf(records);
        this.topics = Map.copyOf(topics);
        this.metrics = metrics;
    }

    /** Body: the batch's entries in; the records to send out (possibly none). */
    public void prepare(Exchange exchange) {
        List<?> entries = exchange.getMessage().getBody(List.class);
        String source = exchange.getProperty(CanonicalRecord.CE_SOURCE, String.class);
        List<Message> out = new ArrayList<>(entries.size());
        Set<String> versions = new LinkedHashSet<>();
        List<ReportEntry.BadRow> bad = new ArrayList<>();
        Map<RecordType, Integer> perType = new EnumMap<>(RecordType.class);
        for (Object entry : entries) {
            if (entry instanceof ReportEntry.BadRow row) {
                bad.add(row);
            } else if (entry instanceof ReportEntry.Message message) {
                CanonicalMessage canonical = (CanonicalMessage) message.canonical();
                if (canonical instanceof Versioned versioned) {
                    String version = versioned.versionId();
                    // already on the topic, or twice in this batch
                    if (!publishedVersions.isNew(version) || !versions.add(version)) {
                        continue;
                    }
                }
                RecordType type = canonical instanceof CanonicalOrder ? RecordType.ORDER : RecordType.INVENTORY;
                Message record = new DefaultMessage(exchange.getContext());
                records.get(type).fillAsBytes(record, canonical, source);
                record.setHeader(KafkaConstants.OVERRIDE_TOPIC, topics.get(type));
                out.add(record);
                perType.merge(type, 1, Integer::sum);
            }
        }
        exchange.setProperty(BAD_ROWS, bad);
        exchange.setProperty(VERSIONS, versions);
        exchange.setProperty(RECORDS_PER_TYPE, perType);
        exchange.getMessage().setBody(out);
    }

    /** Kafka acknowledged every record of the batch. */
    @SuppressWarnings("unchecked")
    public void published(Exchange exchange) {
        publishedVersions.markPublished(exchange.getProperty(VERSIONS, Set.class));
        String seller = AmazonCall.sellerId(exchange);
        Map<RecordType, Integer> perType = exchange.getProperty(RECORDS_PER_TYPE, Map.class);
        perType.forEach((type, count) -> metrics.published(topics.get(type), seller, count));
    }

    /**
     * The batch is done: its records and rows are let go. The split keeps finished batch exchanges until it gathers
     * them up, which under load can be long after; without this each would hold a megabyte of records until then.
     */
    public void release(Exchange exchange) {
        exchange.getMessage().setBody(null);
        exchange.removeProperty(BAD_ROWS);
        exchange.removeProperty(VERSIONS);
        exchange.removeProperty(RECORDS_PER_TYPE);
    }
}
