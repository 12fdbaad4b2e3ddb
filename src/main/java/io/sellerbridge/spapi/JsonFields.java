package io.sellerbridge.spapi;

import io.sellerbridge.canonical.MappingException;
import io.sellerbridge.canonical.Money;
import io.sellerbridge.canonical.Values;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** Typed reads of one SP-API JSON object; a field of the wrong JSON type is a mapping error naming the field. */
public final class JsonFields {

    private final JsonNode node;
    private final String path;

    public JsonFields(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new MappingException(path + " is not a JSON object");
        }
        this.node = node;
        this.path = path;
    }

    public String text(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new MappingException(path + "." + name + " is not a string");
        }
        return value.asText();
    }

    public Integer integer(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            return Values.integer(path + "." + name, value.asText());
        }
        return value.intValue();
    }

    public Boolean bool(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isBoolean() ? value.booleanValue() : Values.bool(path + "." + name, value.asText());
    }

    public Money money(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        JsonFields money = new JsonFields(value, path + "." + name);
        return Values.money(path + "." + name, money.text("Amount"), money.text("CurrencyCode"));
    }

    public List<String> texts(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw new MappingException(path + "." + name + " is not an array");
        }
        List<String> out = new ArrayList<>();
        value.forEach(v -> out.add(v.asText()));
        return out.isEmpty() ? null : List.copyOf(out);
    }

    public JsonFields object(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : new JsonFields(value, path + "." + name);
    }

    public String utc(String name) {
        return Values.utc(path + "." + name, text(name));
    }

    public String requiredUtc(String name) {
        return Values.utc(path + "." + name, required(name));
    }

    public Integer requiredInteger(String name) {
        Integer value = integer(name);
        if (value == null) {
            throw new MappingException("missing required field " + path + "." + name);
        }
        return value;
    }

    public String required(String name) {
        return Values.required(path + "." + name, text(name));
    }
}
