package dev.ferry.copy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * JSON documents compared by meaning: engines re-serialise JSON (jsonb orders keys and drops
 * spaces, MySQL sorts keys its own way), so verification compares a canonical form.
 */
public final class JsonText {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private JsonText() {
    }

    public static Object canonical(Object value) {
        if (!(value instanceof String text)) {
            return value;
        }
        try {
            JsonNode tree = CANONICAL.readTree(text);
            return CANONICAL.writeValueAsString(CANONICAL.treeToValue(tree, Object.class));
        } catch (java.io.IOException e) {
            // Not JSON after all (a text column on one side): compare the text as it is.
            return value;
        }
    }
}
