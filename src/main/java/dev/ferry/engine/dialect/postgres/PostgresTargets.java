package dev.ferry.engine.dialect.postgres;

import dev.ferry.engine.dialect.TypeDecision;
import dev.ferry.engine.model.ColumnType;
import dev.ferry.engine.model.LogicalType;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import static dev.ferry.engine.model.LogicalType.*;

/**
 * What PostgreSQL creates for a column of any engine, as an ordered list of rows: the first row
 * whose condition holds decides. Each row gives the DDL type (spelled as {@code format_type}
 * spells it, so that reading it back gives the same native type), what it reads back as, whether
 * every value survives unchanged and a note for the plan.
 */
final class PostgresTargets {

    /** Marker native type of an enum column: the DDL names the type after its table and column. */
    static final String ENUM_TYPE = "enum";

    /** Longest length PostgreSQL accepts in character(n) / character varying(n). */
    private static final int MAX_CHAR_LENGTH = 10_485_760;

    /** PostgreSQL types of the OTHER rows that a PostgreSQL target can recreate as they are. */
    private static final Set<String> OWN_OTHER_TYPES = Set.of("time", "money", "inet", "cidr", "macaddr", "macaddr8",
            "xml", "tsvector", "tsquery", "point", "line", "lseg", "box", "path", "polygon", "circle", "bit",
            "int4range", "int8range", "numrange", "daterange", "tsrange", "tstzrange", "name", "oid",
            "smallint", "integer", "bigint", "numeric", "real", "double", "boolean", "text", "character", "bytea",
            "date", "timestamp", "interval", "json", "jsonb", "uuid");

    private record Row(String when, Predicate<ColumnType> applies, Function<ColumnType, ColumnType> type,
                       boolean exact, String note) { }

    private static final List<Row> ROWS = List.of(
            fixed("boolean", is(BOOLEAN), BOOLEAN, "boolean", true, null),
            fixed("TINYINT UNSIGNED", unsignedNamed("tinyint"), INT16, "smallint", true, "unsigned 0..255 widened to smallint"),
            fixed("SMALLINT UNSIGNED", unsignedNamed("smallint"), INT32, "integer", true, "unsigned widened to integer"),
            fixed("MEDIUMINT UNSIGNED", unsignedNamed("mediumint"), INT32, "integer", true, "unsigned widened to integer"),
            fixed("INT UNSIGNED", unsignedNamed("int", "integer"), INT64, "bigint", true, "unsigned widened to bigint"),
            new Row("BIGINT UNSIGNED", unsignedNamed("bigint"), t -> numeric(20, 0), true,
                    "PostgreSQL has no unsigned types: numeric(20,0) holds 0..18446744073709551615 exactly"),
            fixed("unsigned 8-bit", unsigned(INT8), INT16, "smallint", true, "unsigned widened to smallint"),
            fixed("unsigned 16-bit", unsigned(INT16), INT32, "integer", true, "unsigned widened to integer"),
            fixed("unsigned 24-bit", unsigned(INT24), INT32, "integer", true, "unsigned widened to integer"),
            fixed("unsigned 32-bit", unsigned(INT32), INT64, "bigint", true, "unsigned widened to bigint"),
            new Row("unsigned 64-bit", unsigned(INT64), t -> numeric(20, 0), true,
                    "PostgreSQL has no unsigned types: numeric(20,0) holds every value exactly"),
            fixed("8-bit integer", is(INT8), INT16, "smallint", true, "PostgreSQL has no 1-byte integer"),
            fixed("16-bit integer", is(INT16), INT16, "smallint", true, null),
            fixed("24-bit integer", is(INT24), INT32, "integer", true, "PostgreSQL has no 3-byte integer"),
            fixed("32-bit integer", is(INT32), INT32, "integer", true, null),
            fixed("64-bit integer", is(INT64), INT64, "bigint", true, null),
            fixed("year", is(YEAR), INT16, "smallint", true, "YEAR kept as the year number"),
            fixed("decimal without precision", is(DECIMAL).and(t -> t.precision() == null), DECIMAL, "numeric", true, null),
            new Row("decimal(p,s)", is(DECIMAL).and(t -> t.precision() <= 1000),
                    t -> numeric(t.precision(), t.scale() == null ? 0 : t.scale()), true, null),
            fixed("decimal beyond 1000 digits", is(DECIMAL), DECIMAL, "numeric", true, "unconstrained numeric"),
            fixed("float", is(FLOAT32), FLOAT32, "real", true, null),
            fixed("double", is(FLOAT64), FLOAT64, "double precision", true, null),
            sized("char(n)", is(CHAR), CHAR, "character", "trailing spaces are not significant in character(n)"),
            fixed("char without length", is(CHAR), TEXT, "text", true, "no length declared"),
            sized("varchar(n)", is(VARCHAR), VARCHAR, "character varying", null),
            fixed("varchar without length", is(VARCHAR).and(t -> t.length() == null), VARCHAR, "character varying", true, null),
            fixed("long varchar", is(VARCHAR), TEXT, "text", true, "longer than PostgreSQL's varchar limit"),
            fixed("text", is(TEXT), TEXT, "text", true, null),
            fixed("set", is(SET), TEXT, "text", true, "SET kept as its comma-separated members"),
            new Row("enum with members", is(ENUM).and(t -> !t.members().isEmpty()),
                    t -> new ColumnType(ENUM, ENUM_TYPE, null, null, null, false, t.members()), true,
                    "created as an enum type named after the table and column"),
            fixed("enum without members", is(ENUM), TEXT, "text", true, "no members known"),
            fixed("binary", is(BINARY).or(is(VARBINARY)).or(is(BLOB)), BLOB, "bytea", true, null),
            fixed("geometry", is(GEOMETRY), BLOB, "bytea", true, "carried as WKB bytes (no PostGIS needed)"),
            fixed("date", is(DATE), DATE, "date", true, null),
            temporal("time", is(TIME), TIME, "time", "without time zone", null),
            temporal("timestamp", is(TIMESTAMP), TIMESTAMP, "timestamp", "without time zone", null),
            temporal("MySQL TIMESTAMP", is(TIMESTAMPTZ).and(PostgresTargets::isMySqlTimestamp), TIMESTAMPTZ,
                    "timestamp", "with time zone",
                    "MySQL TIMESTAMP holds UTC instants: kept as the same instants in timestamptz"),
            temporal("timestamp with time zone", is(TIMESTAMPTZ), TIMESTAMPTZ, "timestamp", "with time zone",
                    "the instant is kept; PostgreSQL does not keep the original offset"),
            fixed("jsonb", is(JSON).and(t -> base(t).equals("jsonb")), JSON, "jsonb", true, null),
            fixed("json", is(JSON), JSON, "json", true,
                    "json keeps the exact text (jsonb would normalise key order and spacing)"),
            fixed("uuid", is(UUID), UUID, "uuid", true, null),
            new Row("bit(n)", is(BIT).and(t -> t.length() != null && t.length() <= 64 && !isVarying(t)),
                    t -> new ColumnType(BIT, "bit(" + t.length() + ")", t.length(), null, null, false, null), true, null),
            new Row("bit varying(n)", is(BIT).and(t -> t.length() != null && t.length() <= 64),
                    t -> new ColumnType(BIT, "bit varying(" + t.length() + ")", t.length(), null, null, false, null), false,
                    "leading zero bits of bit varying values are not kept"),
            new Row("bit", is(BIT), t -> new ColumnType(BIT, "bit varying(64)", 64, null, null, false, null), false,
                    "no length declared: bit varying(64); leading zero bits are not kept"),
            fixed("interval", is(INTERVAL), INTERVAL, "interval", true, null),
            new Row("money", is(OTHER).and(t -> base(t).equals("money")), PostgresTargets::same, false,
                    "money text depends on lc_monetary; both servers must agree"),
            new Row("PostgreSQL type", is(OTHER).and(PostgresTargets::ownType), PostgresTargets::same, true,
                    "carried as PostgreSQL's text form of the type"),
            fixed("other", t -> true, TEXT, "text", false, "unknown type kept as its text form"));

    TypeDecision decide(ColumnType source) {
        for (Row row : ROWS) {
            if (row.applies().test(source)) {
                return new TypeDecision(source, row.type().apply(source), row.exact(), row.note());
            }
        }
        throw new IllegalStateException("The last row matches every type");
    }

    private static Row fixed(String when, Predicate<ColumnType> applies, LogicalType logical, String nativeType,
                             boolean exact, String note) {
        return new Row(when, applies, t -> ColumnType.of(logical, nativeType), exact, note);
    }

    private static Row sized(String when, Predicate<ColumnType> applies, LogicalType logical, String nativeType, String note) {
        return new Row(when, applies.and(t -> t.length() != null && t.length() <= MAX_CHAR_LENGTH),
                t -> ColumnType.of(logical, nativeType + "(" + t.length() + ")").withLength(t.length()), true, note);
    }

    /** time / timestamp: keeps the declared fractional digits up to PostgreSQL's 6. */
    private static Row temporal(String when, Predicate<ColumnType> applies, LogicalType logical, String name,
                                String zone, String note) {
        return new Row(when, applies, t -> {
            Integer p = t.precision() == null ? null : Math.min(6, t.precision());
            String nativeType = p == null ? name + " " + zone : name + "(" + p + ") " + zone;
            return ColumnType.of(logical, nativeType).withPrecision(p, null);
        }, true, note);
    }

    private static boolean isMySqlTimestamp(ColumnType t) {
        return base(t).equals("timestamp") && !t.nativeType().toLowerCase(Locale.ROOT).contains("zone");
    }

    private static ColumnType numeric(int precision, int scale) {
        return ColumnType.of(DECIMAL, "numeric(" + precision + "," + scale + ")").withPrecision(precision, scale);
    }

    private static ColumnType same(ColumnType source) {
        return new ColumnType(OTHER, source.nativeType(), source.length(), source.precision(), source.scale(), false, null);
    }

    private static Predicate<ColumnType> is(LogicalType logical) {
        return t -> t.logical() == logical;
    }

    private static Predicate<ColumnType> unsigned(LogicalType logical) {
        return t -> t.unsigned() && t.logical() == logical;
    }

    private static Predicate<ColumnType> unsignedNamed(String... names) {
        Set<String> set = Set.of(names);
        return t -> t.unsigned() && t.logical().isInteger() && set.contains(base(t));
    }

    private static boolean isVarying(ColumnType t) {
        String n = t.nativeType() == null ? "" : t.nativeType().toLowerCase(Locale.ROOT);
        return n.startsWith("bit varying") || n.startsWith("varbit");
    }

    private static boolean ownType(ColumnType t) {
        return OWN_OTHER_TYPES.contains(base(t));
    }

    /** The first word of a native type name, lower case: {@code int(10) unsigned} → {@code int}. */
    static String base(ColumnType t) {
        if (t.nativeType() == null) {
            return "";
        }
        String n = t.nativeType().trim().toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < n.length() && (Character.isLetterOrDigit(n.charAt(end)) || n.charAt(end) == '_')) {
            end++;
        }
        return n.substring(0, end);
    }
}
