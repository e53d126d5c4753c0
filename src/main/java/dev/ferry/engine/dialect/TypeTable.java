package dev.ferry.engine.dialect;

import dev.ferry.engine.model.ColumnType;

import java.util.List;

/**
 * An engine's type mapping as data. Reading: native type → logical type (the rows). Writing:
 * logical type (+ length, precision, unsigned, members) → the native type that holds every value
 * exactly, widening where needed (BIGINT UNSIGNED → NUMERIC(20) on PostgreSQL, never a wrap).
 */
public interface TypeTable {

    /** Every native type this engine reads, in a stable order (for the type-mapping listing). */
    List<TypeRule> rules();

    /** A representative source column type for a rule, used to list what a target makes of it. */
    ColumnType sample(TypeRule rule);

    /** The type this engine creates for a column of the given (source) type. */
    TypeDecision target(ColumnType source);
}
