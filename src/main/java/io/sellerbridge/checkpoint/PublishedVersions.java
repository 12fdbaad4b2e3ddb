package io.sellerbridge.checkpoint;

import io.sellerbridge.canonical.Versioned;
import org.apache.camel.Exchange;
import org.apache.camel.Predicate;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.SynchronizationAdapter;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Which versions (an order's LastUpdateDate, an inventory level's quantities) are already on their topic, so a
 * look-back, a retried window or the other API re-reading the same version does not publish it again. A version is
 * marked only after Kafka acknowledged its record.
 */
public class PublishedVersions {

    /** The version of the record being published, between the check and the mark. */
    static final String VERSION = "publishedVersion";

    private final IdempotentRepository repository;
    /** Versions being published right now: the poll and a notification may carry the same version at once. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    public PublishedVersions(IdempotentRepository repository) {
        this.repository = repository;
    }

    /** Before Amazon is asked for more of it: an order version already published needs no getOrderItems call. */
    public boolean isNew(String versionId) {
        return !repository.contains(versionId);
    }

    /**
     * A route's check, before Amazon is asked for more of it, that the exchange's version ({@code versionOf}) is not
     * published yet. A Predicate for the ref language: a bean method in a filter ("method") would copy the whole
     * exchange at every order.
     */
    public Predicate newVersionOf(Function<Exchange, String> versionOf) {
        return exchange -> isNew(versionOf.apply(exchange));
    }

    /** As publishedVersions, and its {@link #isNewBody} as the publish routes' Predicate unpublishedVersion. */
    public void bindTo(Registry registry) {
        registry.bind("publishedVersions", this);
        registry.bind("unpublishedVersion", (Predicate) this::isNewBody);
    }

    /**
     * The publish route's check of the canonical message in the body; a message without versions always goes. A new
     * version is claimed until its exchange is done, so no other exchange publishes it meanwhile; by then it is
     * marked (published) or free again (failed: whoever reads it next publishes it).
     */
    public boolean isNewBody(Exchange exchange) {
        if (exchange.getMessage().getBody() instanceof Versioned versioned) {
            String version = versioned.versionId();
            if (!isNew(version) || !inFlight.add(version)) {
                exchange.removeProperty(VERSION);
                return false;
            }
            exchange.setProperty(VERSION, version);
            exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                @Override
                public void onDone(Exchange done) {
                    inFlight.remove(version);
                }
            });
            return true;
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
