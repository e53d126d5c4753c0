package dev.ferry.engine.dialect.sqlite;

import dev.ferry.engine.dialect.TypeDecision;
import dev.ferry.engine.dialect.TypeRule;
import dev.ferry.engine.dialect.TypeTable;
import dev.ferry.engine.model.ColumnType;
import dev.ferry.engine.model.LogicalType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import static dev.ferry.engine.model.LogicalType.*;

/**
 * SQLite's type table. Reading: a declared type is looked up by its well-known name first (so a
 * round trip keeps logical types), and otherwise decided by SQLite's own affinity rules. Writing:
 * one row per logical type naming the declared type that holds every value exactly and reads
 * back as the same logical type.
 *
 * <p>Choices worth knowing: high-precision decimals are declared {@code DECIMAL_TEXT(p,s)} (TEXT
 * affinity) because NUMERIC affinity turns long numbers into doubles; JSON is declared
 * {@code JSON_TEXT} for the same reason (a JSON scalar such as {@code 1.50} would become REAL);
 * ENUM is TEXT with a {@code CHECK (col IN (...))} the reader recognises; a column without a
 * declared type is OTHER, read by storage class and carried as text (not exact).
 */
public final class SqliteTypes implements TypeTable {

    /** Decimals up to this many digits survive a round trip through a double exactly (DBL_DIG). */
    static final int DOUBLE_EXACT_DIGITS = 15;

    private record ReadRow(TypeRule rule, String example) { }

    private record WriteRow(Function<ColumnType, String> declared, boolean exact, String note) { }

    /** Well-known names, looked up first; the key is the upper-case name without parameters. */
    private static final Map<String, ReadRow> NAMED = new LinkedHashMap<>();
    /** SQLite's affinity rules in the order SQLite applies them, for every other name. */
    private static final Map<Affinity, ReadRow> BY_AFFINITY = new EnumMap<>(Affinity.class);
    private static final ReadRow UNDECLARED = new ReadRow(new TypeRule("", OTHER,
            "no declared type (BLOB affinity): read by storage class, carried as text"), "");
    private static final ReadRow TEXT_WITH_MEMBERS = new ReadRow(new TypeRule("text", ENUM,
            "column CHECK (col IN ('a', ...)): the members"), "TEXT");
    private static final Map<LogicalType, WriteRow> WRITE = new EnumMap<>(LogicalType.class);

    static {
        named(BOOLEAN, "BOOLEAN", "BOOL");
        named(INT8, "TINYINT");
        named(INT16, "SMALLINT", "INT2");
        named(INT24, "MEDIUMINT");
        named(INT32, "INT", "INT4");
        named(INT64, "INTEGER", "BIGINT", "INT8", "BIG INT");
        named(DECIMAL, "DECIMAL(10,2)", "NUMERIC");
        named(DECIMAL, "DECIMAL_TEXT(65,30)");
        named(FLOAT64, "REAL", "DOUBLE", "DOUBLE PRECISION", "FLOAT", "FLOAT8");
        named(FLOAT32, "FLOAT4");
        named(CHAR, "CHAR(10)", "CHARACTER", "NCHAR", "NATIVE CHARACTER");
        named(VARCHAR, "VARCHAR(255)", "NVARCHAR", "VARYING CHARACTER", "CHARACTER VARYING");
        named(TEXT, "TEXT", "CLOB");
        named(BLOB, "BLOB");
        named(BINARY, "BINARY(16)");
        named(VARBINARY, "VARBINARY(255)");
        named(DATE, "DATE");
        named(TIME, "TIME");
        named(TIMESTAMP, "DATETIME", "TIMESTAMP");
        named(TIMESTAMPTZ, "TIMESTAMPTZ", "TIMESTAMP WITH TIME ZONE");
        named(YEAR, "YEAR");
        named(BIT, "BIT(8)");
        named(JSON, "JSON", "JSON_TEXT");
        named(UUID, "UUID");
        named(GEOMETRY, "GEOMETRY");
        affinity(Affinity.INTEGER, INT64, "*INT*", "UNSIGNED BIG INT");
        affinity(Affinity.TEXT, TEXT, "*CHAR*, *CLOB*, *TEXT*", "BLOB SUB_TYPE TEXT");
        affinity(Affinity.BLOB, BLOB, "*BLOB*", "LONGBLOB");
        affinity(Affinity.REAL, FLOAT64, "*REAL*, *FLOA*, *DOUB*", "DOUBLE FLOAT");
        affinity(Affinity.NUMERIC, DECIMAL, "any other name", "MONEY");

        write(BOOLEAN, t -> "BOOLEAN", "stored as 0 and 1");
        write(INT8, t -> unsigned(t, "TINYINT"), null);
        write(INT16, t -> unsigned(t, "SMALLINT"), null);
        write(INT24, t -> unsigned(t, "MEDIUMINT"), null);
        write(INT32, t -> unsigned(t, "INT"), null);
        write(INT64, t -> unsigned(t, "INTEGER"), null);
        write(DECIMAL, SqliteTypes::decimal, null);
        write(FLOAT32, t -> "FLOAT4", "8-byte REAL holds every 4-byte float");
        write(FLOAT64, t -> "REAL", null);
        write(CHAR, t -> sized("CHAR", t.length()), null);
        write(VARCHAR, t -> sized("VARCHAR", t.length()), "SQLite does not enforce the length");
        write(TEXT, t -> "TEXT", null);
        write(BINARY, t -> sized("BINARY", t.length()), "BLOB values");
        write(VARBINARY, t -> sized("VARBINARY", t.length()), "BLOB values");
        write(BLOB, t -> "BLOB", null);
        write(DATE, t -> "DATE", "text YYYY-MM-DD");
        write(TIME, t -> "TIME", "text HH:MM:SS.ffffff");
        write(TIMESTAMP, t -> "DATETIME", "text YYYY-MM-DD HH:MM:SS.ffffff");
        write(TIMESTAMPTZ, t -> "TIMESTAMPTZ", "UTC text YYYY-MM-DD HH:MM:SS.ffffff+00:00 (the instant, not the source offset)");
        write(YEAR, t -> "YEAR", null);
        write(BIT, t -> sized("BIT", t.length()), "the bits as an integer");
        write(JSON, t -> "JSON_TEXT", "exact JSON text; TEXT affinity so numeric scalars stay as written");
        write(UUID, t -> "UUID", "lower-case text");
        write(ENUM, t -> "TEXT", "TEXT with CHECK (col IN members)");
        write(SET, t -> "TEXT", "comma-separated members as text; members not enforced");
        write(GEOMETRY, t -> "GEOMETRY", "WKB bytes (BLOB)");
        write(INTERVAL, t -> "TEXT", "the interval's text");
        WRITE.put(OTHER, new WriteRow(t -> "TEXT", false, "carried as text"));
    }

    private static void named(LogicalType logical, String example, String... aliases) {
        DeclaredType declared = DeclaredType.parse(example);
        NAMED.put(declared.name(), new ReadRow(TypeRule.of(declared.name().toLowerCase(Locale.ROOT), logical), example));
        for (String alias : aliases) {
            NAMED.put(alias, new ReadRow(TypeRule.of(alias.toLowerCase(Locale.ROOT), logical), alias));
        }
    }

    private static void affinity(Affinity affinity, LogicalType logical, String names, String example) {
        BY_AFFINITY.put(affinity, new ReadRow(new TypeRule(names.toLowerCase(Locale.ROOT), logical,
                affinity.name() + " affinity"), example));
    }

    private static void write(LogicalType logical, Function<ColumnType, String> declared, String note) {
        WRITE.put(logical, new WriteRow(declared, true, note));
    }

    private static String unsigned(ColumnType type, String name) {
        return type.unsigned() ? name + " UNSIGNED" : name;
    }

    private static String sized(String name, Integer length) {
        return length == null ? name : name + "(" + length + ")";
    }

    private static String decimal(ColumnType type) {
        Integer p = type.precision();
        String params = p == null ? "" : type.scale() == null ? "(" + p + ")" : "(" + p + "," + type.scale() + ")";
        return (p != null && p <= DOUBLE_EXACT_DIGITS ? "DECIMAL" : "DECIMAL_TEXT") + params;
    }

    @Override
    public List<TypeRule> rules() {
        List<TypeRule> rules = new ArrayList<>();
        NAMED.values().forEach(r -> rules.add(r.rule()));
        rules.add(TEXT_WITH_MEMBERS.rule());
        BY_AFFINITY.values().forEach(r -> rules.add(r.rule()));
        rules.add(UNDECLARED.rule());
        return rules;
    }

    @Override
    public ColumnType sample(TypeRule rule) {
        if (rule.equals(TEXT_WITH_MEMBERS.rule())) {
            return read("TEXT", List.of("small", "large"));
        }
        for (ReadRow row : allRows()) {
            if (row.rule().equals(rule)) {
                return read(row.example(), List.of());
            }
        }
        throw new IllegalArgumentException("Not a SQLite type rule: " + rule);
    }

    private static List<ReadRow> allRows() {
        List<ReadRow> rows = new ArrayList<>(NAMED.values());
        rows.addAll(BY_AFFINITY.values());
        rows.add(UNDECLARED);
        return rows;
    }

    /**
     * The column type of a declared type. {@code checkMembers} are the values of a column-level
     * {@code CHECK (col IN (...))}, which make a TEXT-affinity column an ENUM.
     */
    public ColumnType read(String declaredText, List<String> checkMembers) {
        DeclaredType declared = DeclaredType.parse(declaredText);
        ReadRow row = rowFor(declared);
        LogicalType logical = row.rule().logical();
        if (!checkMembers.isEmpty() && declared.affinity() == Affinity.TEXT) {
            logical = ENUM;
        }
        ColumnType type = ColumnType.of(logical, declared.text()).withUnsigned(declared.unsigned())
                .withMembers(logical == ENUM ? checkMembers : List.of());
        return withParameters(type, declared);
    }

    private static ReadRow rowFor(DeclaredType declared) {
        if (declared.text().isEmpty()) {
            return UNDECLARED;
        }
        ReadRow named = NAMED.get(declared.name());
        return named != null ? named : BY_AFFINITY.get(declared.affinity());
    }

    private static ColumnType withParameters(ColumnType type, DeclaredType declared) {
        Integer first = declared.param(0);
        if (first == null) {
            return type;
        }
        LogicalType logical = type.logical();
        if (logical == DECIMAL) {
            Integer scale = declared.param(1);
            return type.withPrecision(first, scale == null ? 0 : scale);
        }
        if (logical.isText() || logical.isBinary() || logical == BIT) {
            return type.withLength(first);
        }
        if (logical.isTemporal()) {
            return type.withPrecision(first, null);
        }
        return type;
    }

    @Override
    public TypeDecision target(ColumnType source) {
        WriteRow row = WRITE.get(source.logical());
        String declared = row.declared().apply(source);
        ColumnType target = read(declared, source.logical() == ENUM ? source.members() : List.of());
        boolean exact = row.exact();
        String note = row.note();
        if (source.logical() == INT64 && source.unsigned()) {
            exact = false;
            note = "SQLite integers stop at 2^63-1: larger values need the widen policy (preflight UNSIGNED_OVERFLOW)";
        } else if (source.logical() == DECIMAL && declared.startsWith("DECIMAL_TEXT")) {
            note = "stored as text (TEXT affinity) so every digit survives; NUMERIC affinity would round to a double";
        }
        return new TypeDecision(source, target, exact, note);
    }
}
