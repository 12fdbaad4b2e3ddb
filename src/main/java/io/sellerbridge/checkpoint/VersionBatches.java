package io.sellerbridge.checkpoint;

import java.util.Collection;

/** A published-version store that marks a whole batch with one wait for its acknowledgements. */
public interface VersionBatches {

    void addAll(Collection<String> versions);
}
