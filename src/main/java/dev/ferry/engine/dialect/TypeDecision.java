package dev.ferry.engine.dialect;

import dev.ferry.engine.model.ColumnType;

/**
 * How one source column type lands on a target engine: the target type ({@code nativeType} is
 * the full DDL type such as {@code NUMERIC(20,0)}, {@code logical} what the target reads it back
 * as), whether every source value survives unchanged, and a note for the plan.
 */
public record TypeDecision(ColumnType source, ColumnType target, boolean exact, String note) {
}
