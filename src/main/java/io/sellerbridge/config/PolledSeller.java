package io.sellerbridge.config;

import java.util.List;

/** What every stream knows of a seller, whichever API it polls: the checkpoint and record keys are built from it. */
public interface PolledSeller {

    String alias();

    String sellerId();

    List<String> marketplaceIds();
}
