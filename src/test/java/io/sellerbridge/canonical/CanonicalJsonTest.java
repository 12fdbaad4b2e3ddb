package io.sellerbridge.canonical;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CanonicalJsonTest {

    /** Jackson's usual way with records (accessor methods), with the same order and inclusion as CanonicalJson. */
    private static final ObjectMapper THROUGH_ACCESSORS = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    @ParameterizedTest
    @ValueSource(classes = {CanonicalOrder.class, CanonicalInventory.class, CanonicalProduct.class, CanonicalOrderPii.class})
    void givenEveryComponentSet_whenWritten_thenExactlyTheComponentsAppearAsThroughAccessors(Class<?> type)
            throws Exception {
        Object message = sample(type);

        String json = CanonicalJson.write(message);

        JsonNode tree = THROUGH_ACCESSORS.readTree(json);
        List<String> names = new ArrayList<>();
        tree.fieldNames().forEachRemaining(names::add);
        assertEquals(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).sorted().toList(), names);
        assertEquals(THROUGH_ACCESSORS.writeValueAsString(message), json);
        assertArrayEquals(json.getBytes(StandardCharsets.UTF_8), CanonicalJson.writeBytes(message));
    }

    /** A record with every component set, nested records and list elements included. */
    private static Object sample(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = value(components[i].getType(), components[i].getGenericType(), components[i].getName());
        }
        Constructor<?> canonical = type.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        return canonical.newInstance(values);
    }

    private static Object value(Class<?> type, Type generic, String name) throws Exception {
        if (type == String.class) {
            return name + " \"é\"";
        } else if (type == Integer.class) {
            return 7;
        } else if (type == Boolean.class) {
            return true;
        } else if (JsonNode.class.isAssignableFrom(type)) {
            return JsonNodeFactory.instance.objectNode().put("b", 1).put("a", "x");
        } else if (type == List.class) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            return List.of(value((Class<?>) element, element, name));
        } else if (type.isRecord()) {
            return sample(type);
        }
        throw new IllegalArgumentException("no sample for " + type + " (" + name + ")");
    }
}
