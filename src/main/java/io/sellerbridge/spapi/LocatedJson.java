package io.sellerbridge.spapi;

import io.sellerbridge.canonical.MappingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A JSON object of an SP-API response and where it sits ("Item.images[0]"), so that nested lists and counts can be
 * read with a mapping error that names the exact field. Scalars are read through {@link #fields()}.
 */
public record LocatedJson(JsonNode node, String path) {

    public JsonFields fields() {
        return new JsonFields(node, path);
    }

    /** The objects of an array field, each located ("Item.images[0]"); an absent or null field is an empty list. */
    public List<LocatedJson> objects(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new MappingException(path + "." + field + " is not an array");
        }
        List<LocatedJson> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            LocatedJson element = new LocatedJson(value.get(i), path + "." + field + "[" + i + "]");
            element.fields(); // fails with the element's path when it is not an object
            out.add(element);
        }
        return out;
    }

    /** A nested object, or null when absent. */
    public LocatedJson object(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        LocatedJson nested = new LocatedJson(value, path + "." + field);
        nested.fields();
        return nested;
    }

    /** A count of units, pixels or a rank: an integer of at least zero, or null when absent. */
    public Integer count(String field) {
        Integer value = fields().integer(field);
        if (value != null && value < 0) {
            throw new MappingException(path + "." + field + " is negative: " + value);
        }
        return value;
    }
}
