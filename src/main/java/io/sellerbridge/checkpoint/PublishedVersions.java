package io.sellerbridge.checkpoint;

import org.apache.camel.spi.IdempotentRepository;

/**
 * Which order versions (seller, order id, LastUpdateDate) are already on the topic, so a look-back or a retried
 * window does not publish them again. A version is marked only after Kafka acknowledged its record.
 */
public class PublishedVersions {

    private final IdempotentRepository repository;

    public PublishedVersions(IdempotentRepository repository) {
        this.repository = repository;
    }

    public boolean isNew(String versionId) {
        return !repository.contains(versionId);
    }

    public void markPublished(String versionId) {
        repository.add(versionId);
    }
}
