package dev.ferry.engine.dialect;

import dev.ferry.engine.model.ColumnType;

import java.util.function.UnaryOperator;

/**
 * Converts between what this engine's sessions give/take and the canonical Java value of each
 * logical type (see {@link dev.ferry.engine.model.CanonicalValues}). Converters are built once
 * per column, so the per-row path is a plain function call with no type switching.
 */
public interface ValueCodec {

    /** Session value of a column of this engine → canonical value (null stays null). */
    UnaryOperator<Object> decoder(ColumnType type);

    /** Canonical value → the parameter a session of this engine binds for a column of that type. */
    UnaryOperator<Object> encoder(ColumnType type);
}
