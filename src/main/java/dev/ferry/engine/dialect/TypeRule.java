package dev.ferry.engine.dialect;

import dev.ferry.engine.model.LogicalType;

/**
 * One row of an engine's type table: a native type name (lower case, without parameters) and
 * the logical type it reads as. {@code condition} says when the row applies if the name alone is
 * not enough (e.g. MySQL {@code tinyint} with display width 1 reads as BOOLEAN).
 */
public record TypeRule(String nativeType, LogicalType logical, String condition) {

    public static TypeRule of(String nativeType, LogicalType logical) {
        return new TypeRule(nativeType, logical, null);
    }
}
