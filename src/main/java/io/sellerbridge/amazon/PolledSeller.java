package io.sellerbridge.amazon;

import org.apache.camel.Exchange;

import java.util.List;

/** What every stream knows of a seller, whichever API it polls: the checkpoint and record keys are built from it. */
public interface PolledSeller {

    String alias();

    String sellerId();

    List<String> marketplaceIds();

    /**
     * Starts an exchange's work for this seller: the seller in its API's property, its id (throttles, metrics, logs)
     * and its marketplaces (logs).
     */
    void useIn(Exchange exchange);
}
