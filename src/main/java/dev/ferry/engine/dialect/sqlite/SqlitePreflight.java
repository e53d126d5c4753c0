package dev.ferry.engine.dialect.sqlite;

import dev.ferry.engine.dialect.PreflightRule;
import dev.ferry.engine.dialect.PreflightSql;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.LogicalType;

import java.util.Optional;

/**
 * Predicates over SQLite columns for the preflight. SQLite has neither zero dates nor unsigned
 * integers; it can hold NUL characters in text, ±Infinity in REAL columns, years below 1000, and
 * (since a declared type is only a hint) values the column's logical type cannot read.
 */
public final class SqlitePreflight implements PreflightSql {

    private static final String DOUBLE_MAX = "1.7976931348623157e308";

    @Override
    public Optional<String> predicate(PreflightRule rule, Column column) {
        String x = Identifiers.quote(column.name());
        LogicalType logical = column.type().logical();
        return switch (rule) {
            case ZERO_DATE, UNSIGNED_OVERFLOW -> Optional.empty();
            // CAST AS BLOB: text functions stop at the first NUL, bytes do not.
            case NUL_CHARACTER -> Optional.of("instr(CAST(" + x + " AS BLOB), x'00') > 0");
            // SQLite cannot store NaN (it becomes NULL); infinities are REAL values beyond the largest double.
            case NAN_OR_INFINITY -> Optional.of("(typeof(" + x + ") = 'real' AND abs(" + x + ") > " + DOUBLE_MAX + ")");
            case DATE_OUT_OF_RANGE -> outOfMySqlYears(x, logical);
            // CASE, not NOT COALESCE(...): SQLite evaluates AND/OR used as a value in full, but
            // short-circuits them as a condition, and the readable test has dozens of GLOB shapes.
            case AFFINITY_MISMATCH -> SqliteValueSql.readable(x, column.type())
                    .map(readable -> "(" + x + " IS NOT NULL AND CASE WHEN " + readable + " THEN 0 ELSE 1 END)");
        };
    }

    /**
     * Readable dates outside 1000–9999. A TIMESTAMP with a zone is read in UTC, so its year is
     * SQLite's UTC year (strftime, NULL beyond 9999); DATE and TIMESTAMPTZ keep the written year.
     */
    private static Optional<String> outOfMySqlYears(String x, LogicalType logical) {
        return switch (logical) {
            case DATE -> Optional.of("(" + TemporalSql.readable(x, TemporalText.Kind.DATE) + " AND substr(" + x
                    + ", 1, 4) < '1000')");
            case TIMESTAMPTZ -> Optional.of("(" + TemporalSql.readable(x, TemporalText.Kind.TIMESTAMP) + " AND substr("
                    + x + ", 1, 4) < '1000')");
            case TIMESTAMP -> Optional.of("(" + TemporalSql.readable(x, TemporalText.Kind.TIMESTAMP)
                    + " AND COALESCE(strftime('%Y', " + x + "), '') NOT BETWEEN '1000' AND '9999')");
            default -> Optional.empty();
        };
    }
}
