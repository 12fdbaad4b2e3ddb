package io.sellerbridge.checkpoint;

import io.sellerbridge.canonical.Versioned;
import org.apache.camel.Exchange;
import org.apache.camel.spi.IdempotentRepository;

import java.util.Collection;

/**
 * Which versions (an order's LastUpdateDate, an inventory level's quantities) are already on their topic, so a
 * look-back, a retried window or the other API re-reading the same version does not publish it again. A version is
 * marked only after Kafka acknowledged its record.
 */
public class PublishedVersions {

    /** The version of the record being published, between the check and the mark. */
    static final String VERSION = "publishedVersion";

    private final IdempotentRepository repository;

    public PublishedVersions(IdempotentRepository repository) {
        this.repository = repository;
    }

    /** Before Amazon is asked for more of it: an order version already published needs no getOrderItems call. */
    public boolean isNew(String versionId) {
        return !repository.contains(versionId);
    }

    /** The publish route's check of the canonical message in the body; a message without versions always goes. */
    public boolean isNewBody(Exchange exchange) {
        if (exchange.getMessage().getBody() instanceof Versioned versioned) {
            String version = versioned.versionId();
            exchange.setProperty(VERSION, version);
            return isNew(version);
        }
        exchange.removeProperty(VERSION);
        return true;
    }

    /** Kafka acknowledged the records of a batch: their versions are marked together. */
    public void markPublished(Collection<String> versions) {
        if (repository instanceof VersionBatches batches) {
            batches.addAll(versions);
        } else {
            versions.forEach(repository::add);
        }
    }

    /** Kafka acknowledged the record {@link #isNewBody} let through. */
    public void markPublished(Exchange exchange) {
        String version = exchange.getProperty(VERSION, String.class);
        if (version != null) {
            repository.add(version);
        }
    }
}
