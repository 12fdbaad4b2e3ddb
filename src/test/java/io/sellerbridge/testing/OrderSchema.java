package io.sellerbridge.testing;

import com.networknt.schema.ValidationMessage;

import java.util.Set;

/** The JSON Schema of amazon.orders.v1, strict (see {@link CanonicalSchemas}), for tests to validate produced orders. */
public final class OrderSchema {

    private OrderSchema() {
    }

    /** Schema violations of a canonical order message; empty when valid. */
    public static Set<ValidationMessage> violations(String json) {
        return CanonicalSchemas.violations("amazon.orders.v1", json);
    }
}
