package dev.ferry.copy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/**
 * Writes and reads a table's copy checkpoint: the last committed key (as the source session gave
 * it, typed, so it binds back exactly), the rows committed so far and whether the table is done.
 */
final class KeyCodec {

    record State(Object[] lastKey, long rows, boolean done) {
        static final State START = new State(null, 0, false);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private KeyCodec() {
    }

    static String write(State state) {
        ObjectNode node = JSON.createObjectNode();
        node.put("rows", state.rows());
        node.put("done", state.done());
        if (state.lastKey() != null) {
            ArrayNode key = node.putArray("lastKey");
            for (Object value : state.lastKey()) {
                key.addObject().put("t", tag(value)).put("v", text(value));
            }
        }
        return node.toString();
    }

    static State read(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            Object[] key = null;
            if (node.has("lastKey")) {
                JsonNode array = node.get("lastKey");
                key = new Object[array.size()];
                for (int i = 0; i < key.length; i++) {
                    key[i] = value(array.get(i).get("t").asText(), array.get(i).get("v"));
                }
            }
            return new State(key, node.get("rows").asLong(), node.get("done").asBoolean());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Unreadable checkpoint: " + text, e);
        }
    }

    private static String tag(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof byte[]) {
            return "bytes";
        }
        return value.getClass().getSimpleName();
    }

    private static String text(Object value) {
        return value instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(value);
    }

    private static Object value(String tag, JsonNode v) {
        String s = v.asText();
        return switch (tag) {
            case "null" -> null;
            case "Long" -> Long.parseLong(s);
            case "BigDecimal" -> new BigDecimal(s);
            case "Double" -> Double.parseDouble(s);
            case "Boolean" -> Boolean.parseBoolean(s);
            case "bytes" -> HexFormat.of().parseHex(s);
            case "LocalDate" -> LocalDate.parse(s);
            case "LocalDateTime" -> LocalDateTime.parse(s);
            case "LocalTime" -> LocalTime.parse(s);
            case "OffsetDateTime" -> OffsetDateTime.parse(s);
            default -> s;
        };
    }
}
