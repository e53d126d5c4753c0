package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.dialect.TypeDecision;
import dev.ferry.engine.model.ColumnType;
import dev.ferry.engine.model.LogicalType;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static dev.ferry.engine.model.LogicalType.*;

/**
 * The writing half of the MySQL type table: for each logical type, the MySQL type that holds
 * every value of the source exactly (or the closest one, with {@code exact=false} and a note).
 * Unsigned source types (which only MySQL has) keep their MySQL name so that MySQL → MySQL is
 * the identity.
 */
class MySqlTargetTypes {

    /** A DDL type with whether it is exact and a note for the plan. */
    protected record Choice(String nativeType, boolean exact, String note) {
        static Choice exact(String nativeType) {
            return new Choice(nativeType, true, null);
        }
    }

    /** VARCHAR holds up to 65,535 bytes per row; above this many utf8mb4 characters use a TEXT type. */
    private static final int MAX_VARCHAR = 16_383;
    private static final int MAX_DECIMAL_PRECISION = 65;
    private static final int MAX_DECIMAL_SCALE = 30;
    private static final int MAX_FRACTION_DIGITS = 6;

    private final MySqlTypes types;
    private final Map<LogicalType, Function<ColumnType, Choice>> table = new EnumMap<>(LogicalType.class);

    MySqlTargetTypes(MySqlTypes types) {
        this.types = types;
        table.put(BOOLEAN, t -> Choice.exact("tinyint(1)"));
        table.put(INT8, t -> integer(t, "tinyint"));
        table.put(INT16, t -> integer(t, "smallint"));
        table.put(INT24, t -> integer(t, "mediumint"));
        table.put(INT32, t -> integer(t, "int"));
        table.put(INT64, t -> integer(t, "bigint"));
        table.put(DECIMAL, MySqlTargetTypes::decimal);
        table.put(FLOAT32, t -> Choice.exact(unsigned(t, "float")));
        table.put(FLOAT64, t -> Choice.exact(unsigned(t, "double")));
        table.put(CHAR, MySqlTargetTypes::fixedText);
        table.put(VARCHAR, t -> varchar(t.length()));
        table.put(TEXT, t -> lobChoice(lob("text", bytes(t.length()))));
        table.put(BINARY, t -> t.length() != null && t.length() <= 255 ? Choice.exact("binary(" + t.length() + ")")
                : varbinary(t.length()));
        table.put(VARBINARY, t -> varbinary(t.length()));
        table.put(BLOB, t -> lobChoice(lob("blob", bytes(t.length()))));
        table.put(DATE, t -> Choice.exact("date"));
        table.put(TIME, t -> Choice.exact(fractional("time", t)));
        table.put(TIMESTAMP, t -> Choice.exact(fractional("datetime", t)));
        table.put(TIMESTAMPTZ, MySqlTargetTypes::instant);
        table.put(YEAR, t -> Choice.exact("year"));
        table.put(JSON, t -> json());
        table.put(UUID, t -> new Choice("char(36)", true, "UUID kept as its text form in CHAR(36)"));
        table.put(ENUM, t -> t.members().isEmpty() ? varchar(255)
                : Choice.exact("enum(" + members(t.members()) + ")"));
        table.put(SET, MySqlTargetTypes::set);
        table.put(BIT, t -> Choice.exact("bit(" + (t.length() == null ? 64 : t.length()) + ")"));
        table.put(GEOMETRY, t -> new Choice(geometryName(t), true, "WKB geometry; the SRID is not carried"));
        table.put(INTERVAL, t -> new Choice("varchar(255)", true, "interval kept as its text form"));
        table.put(OTHER, t -> new Choice("longtext", false, "type " + t.nativeType() + " has no MySQL equivalent: kept as text"));
    }

    TypeDecision decide(ColumnType source) {
        Choice choice = choose(source);
        return new TypeDecision(source, types.parse(choice.nativeType()), choice.exact(), choice.note());
    }

    /** The choice for one source type; subclasses pass types they know through before asking this table. */
    protected Choice choose(ColumnType source) {
        return table.get(source.logical()).apply(source);
    }

    /** JSON is a native type on MySQL; it normalizes the text (whitespace, key order). */
    protected Choice json() {
        return new Choice("json", false, "MySQL JSON keeps the document, not its exact text (whitespace, key order)");
    }

    private static Choice integer(ColumnType t, String name) {
        String base = MySqlDeclaredType.baseName(t.nativeType());
        if (t.unsigned() && MySqlDeclaredType.INTEGERS.contains(base)) {
            return Choice.exact(base + " unsigned");
        }
        return Choice.exact(name);
    }

    private static String unsigned(ColumnType t, String name) {
        return t.unsigned() ? name + " unsigned" : name;
    }

    private static Choice decimal(ColumnType t) {
        Integer p = t.precision();
        Integer s = t.scale() == null ? 0 : t.scale();
        if (p == null) {
            return new Choice(unsigned(t, "decimal(65,30)"), false,
                    "NUMERIC without precision: DECIMAL(65,30) holds 35 integer and 30 fraction digits");
        }
        if (s < 0) {
            p = p - s;
            s = 0;
        }
        if (p <= MAX_DECIMAL_PRECISION && s <= MAX_DECIMAL_SCALE) {
            return Choice.exact(unsigned(t, "decimal(" + p + "," + s + ")"));
        }
        int scale = Math.min(s, MAX_DECIMAL_SCALE);
        return new Choice(unsigned(t, "decimal(" + MAX_DECIMAL_PRECISION + "," + scale + ")"), false,
                "DECIMAL(" + p + "," + s + ") exceeds MySQL's DECIMAL(65,30)");
    }

    private static Choice fixedText(ColumnType t) {
        if (t.length() == null) {
            return Choice.exact("longtext");
        }
        if (t.length() > 255) {
            return varchar(t.length());
        }
        return new Choice("char(" + t.length() + ")", true, "MySQL CHAR drops trailing spaces when read");
    }

    private static Choice varchar(Integer length) {
        if (length == null || length > MAX_VARCHAR) {
            return lobChoice(lob("text", length == null ? null : length * 4L));
        }
        return Choice.exact("varchar(" + length + ")");
    }

    private static Choice varbinary(Integer length) {
        return length == null || length > MAX_VARCHAR ? lobChoice(lob("blob", bytes(length)))
                : Choice.exact("varbinary(" + length + ")");
    }

    /** The smallest TEXT or BLOB type holding {@code bytes}; the LONG one when unknown. */
    /** See {@link MySqlKeyShapes}: TEXT and BLOB columns cannot be keys as they are. */
    private static Choice lobChoice(String nativeType) {
        return new Choice(nativeType, true, "in a primary key, unique constraint or foreign key it becomes VARCHAR/VARBINARY"
                + " within InnoDB's 3072-byte key limit (longer values are refused); other indexes use a prefix");
    }

    private static Long bytes(Integer length) {
        return length == null ? null : length.longValue();
    }

    private static String lob(String family, Long bytes) {
        if (bytes == null) {
            return "long" + family;
        }
        for (String prefix : List.of("tiny", "", "medium")) {
            if (bytes <= MySqlTypes.LOB_LENGTHS.get(prefix + family)) {
                return prefix + family;
            }
        }
        return "long" + family;
    }

    private static String fractional(String name, ColumnType t) {
        int digits = t.precision() == null ? MAX_FRACTION_DIGITS : Math.min(t.precision(), MAX_FRACTION_DIGITS);
        return digits == 0 ? name : name + "(" + digits + ")";
    }

    /** MySQL's own TIMESTAMP stays TIMESTAMP; other instants become UTC DATETIME (TIMESTAMP ends in 2038). */
    private static Choice instant(ColumnType t) {
        if (t.nativeType() != null && t.nativeType().matches("timestamp(\\(\\d\\))?")) {
            return Choice.exact(fractional("timestamp", t));
        }
        return new Choice(fractional("datetime", t), true, "the instant is stored as UTC in DATETIME; its offset is not kept");
    }

    private static Choice set(ColumnType t) {
        if (t.members().isEmpty() || t.members().size() > 64) {
            return new Choice("longtext", true, "SET values kept as comma-separated text");
        }
        return Choice.exact("set(" + members(t.members()) + ")");
    }

    private static String geometryName(ColumnType t) {
        String base = MySqlDeclaredType.baseName(t.nativeType());
        return MySqlTypes.isGeometry(base) ? base : "geometry";
    }

    private static String members(List<String> members) {
        return String.join(",", members.stream().map(MySqlDeclaredType::memberLiteral).toList());
    }
}
