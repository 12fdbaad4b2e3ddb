package io.sellerbridge.sandbox;

import io.sellerbridge.canonical.Money;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/** The one ObjectMapper (thread-safe once built) and the tiny JSON builders the sandbox needs. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Amazon's Money: Amount is a string with the currency's usual number of decimals. */
    static ObjectNode money(String currency, BigDecimal amount) {
        ObjectNode n = object();
        n.put("CurrencyCode", currency);
        n.put("Amount", amount.toPlainString());
        return n;
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
