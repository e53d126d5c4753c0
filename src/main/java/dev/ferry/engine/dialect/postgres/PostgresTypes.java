package dev.ferry.engine.dialect.postgres;

import dev.ferry.engine.dialect.TypeDecision;
import dev.ferry.engine.dialect.TypeRule;
import dev.ferry.engine.dialect.TypeTable;
import dev.ferry.engine.model.ColumnType;
import dev.ferry.engine.model.LogicalType;

import java.util.List;
import java.util.function.Predicate;

import static dev.ferry.engine.model.LogicalType.*;

/**
 * PostgreSQL's type table. Reading is the row list below: a type key (the base type name as
 * {@code format_type} spells it, or {@code enum}/{@code array}/{@code other} for kinds of
 * user-defined types; domains are read as their base type) and, where the name is not enough, a
 * condition on the declared modifiers. Writing is {@link PostgresTargets}.
 */
public final class PostgresTypes implements TypeTable {

    /** One reading row: the rule as listed, a sample declaration, and the condition as code. */
    private record Row(TypeRule rule, ColumnType sample, Predicate<ColumnType> applies) { }

    private static final Predicate<ColumnType> ALWAYS = t -> true;
    private static final Predicate<ColumnType> FITS_LONG = t -> t.length() != null && t.length() <= 64;

    private static final List<Row> ROWS = List.of(
            row("boolean", BOOLEAN, null, sample(BOOLEAN, "boolean"), ALWAYS),
            row("smallint", INT16, null, sample(INT16, "smallint"), ALWAYS),
            row("integer", INT32, null, sample(INT32, "integer"), ALWAYS),
            row("bigint", INT64, null, sample(INT64, "bigint"), ALWAYS),
            row("numeric", DECIMAL, null, sample(DECIMAL, "numeric(12,4)").withPrecision(12, 4), ALWAYS),
            row("real", FLOAT32, null, sample(FLOAT32, "real"), ALWAYS),
            row("double precision", FLOAT64, null, sample(FLOAT64, "double precision"), ALWAYS),
            row("character", CHAR, null, sample(CHAR, "character(10)").withLength(10), ALWAYS),
            row("character varying", VARCHAR, null, sample(VARCHAR, "character varying(255)").withLength(255), ALWAYS),
            row("text", TEXT, null, sample(TEXT, "text"), ALWAYS),
            row("bytea", BLOB, null, sample(BLOB, "bytea"), ALWAYS),
            row("date", DATE, null, sample(DATE, "date"), ALWAYS),
            row("time without time zone", TIME, null, sample(TIME, "time without time zone"), ALWAYS),
            row("timestamp without time zone", TIMESTAMP, null, sample(TIMESTAMP, "timestamp without time zone"), ALWAYS),
            row("timestamp with time zone", TIMESTAMPTZ, null, sample(TIMESTAMPTZ, "timestamp with time zone"), ALWAYS),
            row("interval", INTERVAL, null, sample(INTERVAL, "interval"), ALWAYS),
            row("json", JSON, null, sample(JSON, "json"), ALWAYS),
            row("jsonb", JSON, null, sample(JSON, "jsonb"), ALWAYS),
            row("uuid", UUID, null, sample(UUID, "uuid"), ALWAYS),
            row("enum", ENUM, "a user-defined enum type (members in order)",
                    sample(ENUM, "mood").withMembers(List.of("sad", "ok", "happy")), ALWAYS),
            row("bit", BIT, "up to 64 bits", sample(BIT, "bit(8)").withLength(8), FITS_LONG),
            row("bit varying", BIT, "up to 64 bits", sample(BIT, "bit varying(16)").withLength(16), FITS_LONG),
            row("bit", OTHER, "more than 64 bits", sample(OTHER, "bit(128)").withLength(128), ALWAYS),
            row("bit varying", OTHER, "more than 64 bits or unbounded", sample(OTHER, "bit varying"), ALWAYS),
            other("time with time zone"), other("money"), other("inet"), other("cidr"), other("macaddr"),
            other("macaddr8"), other("xml"), other("tsvector"), other("tsquery"), other("point"), other("line"),
            other("lseg"), other("box"), other("path"), other("polygon"), other("circle"),
            row("array", OTHER, "any array type", sample(OTHER, "integer[]"), ALWAYS),
            row("other", OTHER, "ranges, composite and other user-defined types", sample(OTHER, "int4range"), ALWAYS));

    private final PostgresTargets targets = new PostgresTargets();

    private static Row row(String key, LogicalType logical, String condition, ColumnType sample,
                           Predicate<ColumnType> applies) {
        return new Row(new TypeRule(key, logical, condition), sample, applies);
    }

    private static Row other(String key) {
        return row(key, OTHER, "carried as its text form", sample(OTHER, key), ALWAYS);
    }

    private static ColumnType sample(LogicalType logical, String nativeType) {
        return ColumnType.of(logical, nativeType);
    }

    @Override
    public List<TypeRule> rules() {
        return ROWS.stream().map(Row::rule).toList();
    }

    @Override
    public ColumnType sample(TypeRule rule) {
        return ROWS.stream().filter(r -> r.rule().equals(rule)).findFirst().map(Row::sample)
                .orElseGet(() -> ColumnType.of(rule.logical(), rule.nativeType()));
    }

    @Override
    public TypeDecision target(ColumnType source) {
        return targets.decide(source);
    }

    /**
     * The column type of a catalog column: {@code key} as described above, {@code fullType} the
     * {@code format_type} of the declaration, {@code typmod} its type modifier (-1 when none).
     */
    public static ColumnType read(String key, String fullType, int typmod, List<String> members) {
        ColumnType declared = Modifiers.apply(new ColumnType(OTHER, fullType, null, null, null, false, members), key, typmod);
        for (Row row : ROWS) {
            if (row.rule().nativeType().equals(key) && row.applies().test(declared)) {
                return declared.withLogical(row.rule().logical());
            }
        }
        return declared;
    }

    /** Length, precision and scale from a type modifier, as PostgreSQL encodes them per type. */
    private static final class Modifiers {

        private static final int VARHDRSZ = 4;

        static ColumnType apply(ColumnType type, String key, int typmod) {
            if (typmod < 0) {
                return type;
            }
            return switch (key) {
                case "character", "character varying" -> typmod > VARHDRSZ ? type.withLength(typmod - VARHDRSZ) : type;
                case "bit", "bit varying" -> type.withLength(typmod);
                case "numeric" -> numeric(type, typmod - VARHDRSZ);
                case "time without time zone", "time with time zone", "timestamp without time zone",
                     "timestamp with time zone" -> type.withPrecision(typmod, null);
                default -> type;
            };
        }

        private static ColumnType numeric(ColumnType type, int raw) {
            int precision = (raw >> 16) & 0xffff;
            int scale = ((raw & 0x7ff) ^ 1024) - 1024; // 11-bit signed since PostgreSQL 15
            return type.withPrecision(precision, scale);
        }
    }
}
