package dev.ferry.engine.dialect.sqlite;

import dev.ferry.engine.model.LogicalType;

/**
 * What to do with a session value a column's logical type cannot read. SQLite lets any value into
 * any column, so the preflight (AFFINITY_MISMATCH) counts such values before a migration writes;
 * when the user chose the {@code null} policy, its Java twin recognises them by their class (text
 * in an INTEGER column) and replaces them. Values of a class the twin recognises therefore pass
 * through unchanged so the policy can see them; anything else (2 in a BOOLEAN, 2021-02-30 in a
 * DATE) stops the copy naming the value.
 */
final class StorageClass {

    private StorageClass() {
    }

    static Object unreadable(Object value, LogicalType type) {
        if (policyRecognises(value, type)) {
            return value;
        }
        throw new IllegalArgumentException("SQLite value " + describe(value) + " cannot be read as " + type);
    }

    /** Mirrors the class test of the null policy's twin (dev.ferry.migration.RulePredicates). */
    private static boolean policyRecognises(Object value, LogicalType type) {
        if (type.isInteger() || type == LogicalType.BOOLEAN) {
            return !(value instanceof Long);
        }
        if (type == LogicalType.FLOAT32 || type == LogicalType.FLOAT64 || type == LogicalType.DECIMAL) {
            return value instanceof Double d ? d.isInfinite() || d.isNaN() : !(value instanceof Long);
        }
        if (type.isTemporal()) {
            return !(value instanceof String || value instanceof Long || value instanceof Double);
        }
        return false;
    }

    static String describe(Object value) {
        if (value instanceof byte[] bytes) {
            return "(blob of " + bytes.length + " bytes)";
        }
        if (value instanceof String s) {
            String shown = s.length() > 60 ? s.substring(0, 60) + "…" : s;
            return "'" + shown + "' (text)";
        }
        return value + " (" + (value instanceof Long ? "integer" : value instanceof Double ? "real" : value.getClass().getSimpleName()) + ")";
    }
}
