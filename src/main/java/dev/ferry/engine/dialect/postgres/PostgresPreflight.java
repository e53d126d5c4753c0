package dev.ferry.engine.dialect.postgres;

import dev.ferry.engine.dialect.PreflightRule;
import dev.ferry.engine.dialect.PreflightSql;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.LogicalType;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static dev.ferry.engine.dialect.postgres.PgSql.quote;
import static dev.ferry.engine.model.LogicalType.*;

/**
 * PostgreSQL as a source: the values other engines cannot hold. Each predicate matches exactly
 * the rows whose decoded value the Java twin in RulePredicates flags: NaN/±Infinity decode to a
 * Double (numeric included), and instants are compared in UTC, the offset they decode with.
 * PostgreSQL has no zero dates, no unsigned types and no NUL in text, so no other rule applies.
 */
public final class PostgresPreflight implements PreflightSql {

    private static final Map<LogicalType, Function<String, String>> NAN_OR_INFINITY = new EnumMap<>(LogicalType.class);
    private static final Map<LogicalType, Function<String, String>> DATE_OUT_OF_RANGE = new EnumMap<>(LogicalType.class);

    static {
        Function<String, String> floats = c -> c + " IN ('NaN', 'Infinity', '-Infinity')";
        NAN_OR_INFINITY.put(FLOAT32, floats);
        NAN_OR_INFINITY.put(FLOAT64, floats);
        // Text comparison also works before PostgreSQL 14, where numeric has no infinities.
        NAN_OR_INFINITY.put(DECIMAL, c -> c + "::text IN ('NaN', 'Infinity', '-Infinity')");
        // Years 1000..9999 (MySQL's range); BC years and ±infinity fall outside too.
        DATE_OUT_OF_RANGE.put(DATE, c -> c + " < '1000-01-01' OR " + c + " >= '10000-01-01'");
        DATE_OUT_OF_RANGE.put(TIMESTAMP, c -> c + " < '1000-01-01 00:00:00' OR " + c + " >= '10000-01-01 00:00:00'");
        DATE_OUT_OF_RANGE.put(TIMESTAMPTZ, c -> c + " < '1000-01-01 00:00:00+00' OR " + c + " >= '10000-01-01 00:00:00+00'");
    }

    @Override
    public Optional<String> predicate(PreflightRule rule, Column column) {
        Map<LogicalType, Function<String, String>> table = switch (rule) {
            case NAN_OR_INFINITY -> NAN_OR_INFINITY;
            case DATE_OUT_OF_RANGE -> DATE_OUT_OF_RANGE;
            case ZERO_DATE, UNSIGNED_OVERFLOW, NUL_CHARACTER, AFFINITY_MISMATCH -> Map.of();
        };
        return Optional.ofNullable(table.get(column.type().logical())).map(f -> f.apply(quote(column.name())));
    }
}
