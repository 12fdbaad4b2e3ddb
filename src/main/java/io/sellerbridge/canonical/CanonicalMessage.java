package io.sellerbridge.canonical;

import io.sellerbridge.kafka.CloudEvents;

/** What every canonical message tells the Kafka record around it: key, event id and time, seller and marketplace. */
public interface CanonicalMessage {

    String sellerId();

    String marketplaceId();

    /** Stable business key: a compacted topic keeps the latest state per key. */
    String recordKey();

    /** The CloudEvents id: the same fact always gets the same id. */
    String eventId();

    /** The CloudEvents time: when Amazon last changed (or we observed) the fact. */
    String eventTime();
}
