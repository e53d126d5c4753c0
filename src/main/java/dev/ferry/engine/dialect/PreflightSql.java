package dev.ferry.engine.dialect;

import dev.ferry.engine.model.Column;

import java.util.Optional;

/** How this engine, as a source, finds values that break a preflight rule. */
public interface PreflightSql {

    /**
     * A SQL predicate over one column that is true for offending rows, or empty when values of
     * this engine cannot break the rule for that column (e.g. PostgreSQL has no zero dates).
     */
    Optional<String> predicate(PreflightRule rule, Column column);
}
