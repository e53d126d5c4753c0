package dev.ferry.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/** JSON text in the state store (parameters, results, error context) to and from trees. */
@ApplicationScoped
class JobJson {

    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() { };

    private final ObjectMapper mapper;

    JobJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    JsonNode tree(Object value) {
        return value == null ? mapper.createObjectNode() : mapper.valueToTree(value);
    }

    /** Binds a tree to a type; a mismatch names the offending field, not Jackson internals. */
    <T> T convert(JsonNode node, Class<T> type) {
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> a + "." + b).orElse("(root)");
            throw new IllegalArgumentException("Invalid job parameters: " + field + " has the wrong type or shape", e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Invalid job parameters", e);
        }
    }

    String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Value is not serialisable as JSON: " + e.getOriginalMessage(), e);
        }
    }

    JsonNode read(String json) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt JSON in state store", e);
        }
    }

    Map<String, String> readContext(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return mapper.readValue(json, STRING_MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Corrupt error context in state store", e);
        }
    }
}
