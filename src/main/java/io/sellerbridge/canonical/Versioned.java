package io.sellerbridge.canonical;

/** A canonical message whose versions are told apart: the same fact read twice has the same version id. */
public interface Versioned {

    String versionId();
}
