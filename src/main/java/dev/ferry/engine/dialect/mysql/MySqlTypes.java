package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.dialect.TypeDecision;
import dev.ferry.engine.dialect.TypeRule;
import dev.ferry.engine.dialect.TypeTable;
import dev.ferry.engine.model.ColumnType;
import dev.ferry.engine.model.LogicalType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.ferry.engine.dialect.mysql.MySqlTypeRow.of;
import static dev.ferry.engine.dialect.mysql.MySqlTypeRow.when;
import static dev.ferry.engine.model.LogicalType.*;

/**
 * MySQL's type table. Reading: the first row whose name and condition match a declared type
 * gives its logical type. Notable rows: TINYINT(1) reads as BOOLEAN; unsigned integers read as
 * the next wider logical type (BIGINT UNSIGNED stays INT64 with {@code unsigned}, values above
 * Long.MAX_VALUE decode to BigInteger); TIMESTAMP holds UTC instants and so reads as TIMESTAMPTZ
 * while DATETIME, which holds wall-clock values, reads as TIMESTAMP; GEOMETRY is carried as WKB.
 * Writing: {@link MySqlTargetTypes}.
 */
public class MySqlTypes implements TypeTable {

    /** Byte lengths of the TEXT and BLOB families; LONGTEXT/LONGBLOB (4 GiB) have none. */
    static final Map<String, Integer> LOB_LENGTHS = Map.of("tinytext", 255, "text", 65_535,
            "mediumtext", 16_777_215, "tinyblob", 255, "blob", 65_535, "mediumblob", 16_777_215);

    private static final List<String> GEOMETRIES = List.of("geometry", "point", "linestring", "polygon",
            "multipoint", "multilinestring", "multipolygon", "geometrycollection", "geomcollection");

    private final List<MySqlTypeRow> rows;
    private final MySqlTargetTypes targets;

    public MySqlTypes() {
        this.rows = List.copyOf(rows());
        this.targets = new MySqlTargetTypes(this);
    }

    /** The rows, in matching order; subclasses add their own. */
    protected List<MySqlTypeRow> rows() {
        List<MySqlTypeRow> rows = new ArrayList<>(List.of(
                when("tinyint", BOOLEAN, "tinyint(1), signed", d -> d.width() == 1 && !d.unsigned(), "tinyint(1)"),
                when("tinyint", INT16, "unsigned", MySqlDeclaredType::unsigned, "tinyint unsigned"),
                of("tinyint", INT8, "tinyint"),
                when("smallint", INT32, "unsigned", MySqlDeclaredType::unsigned, "smallint unsigned"),
                of("smallint", INT16, "smallint"),
                when("mediumint", INT32, "unsigned", MySqlDeclaredType::unsigned, "mediumint unsigned"),
                of("mediumint", INT24, "mediumint"),
                when("int", INT64, "unsigned", MySqlDeclaredType::unsigned, "int unsigned"),
                of("int", INT32, "int"),
                when("bigint", INT64, "unsigned: values above 9223372036854775807 read as BigInteger",
                        MySqlDeclaredType::unsigned, "bigint unsigned"),
                of("bigint", INT64, "bigint"),
                of("decimal", DECIMAL, "decimal(10,2)"),
                of("float", FLOAT32, "float"),
                of("double", FLOAT64, "double"),
                of("bit", BIT, "bit(8)"),
                of("year", YEAR, "year"),
                of("date", DATE, "date"),
                when("datetime", TIMESTAMP, "wall-clock date and time, fractional seconds kept", d -> true, "datetime(6)"),
                when("timestamp", TIMESTAMPTZ, "a UTC instant, read independently of the session time zone",
                        d -> true, "timestamp(6)"),
                when("time", TIME, "00:00:00 to 23:59:59 only; other values are refused when read", d -> true, "time(6)"),
                of("char", CHAR, "char(10)"),
                of("varchar", VARCHAR, "varchar(255)"),
                of("tinytext", TEXT, "tinytext"),
                of("text", TEXT, "text"),
                of("mediumtext", TEXT, "mediumtext"),
                when("longtext", JSON, "MariaDB JSON alias: LONGTEXT with CHECK (json_valid(column))",
                        MySqlDeclaredType::isJsonAlias, "json"),
                of("longtext", TEXT, "longtext"),
                of("binary", BINARY, "binary(16)"),
                of("varbinary", VARBINARY, "varbinary(255)"),
                of("tinyblob", BLOB, "tinyblob"),
                of("blob", BLOB, "blob"),
                of("mediumblob", BLOB, "mediumblob"),
                of("longblob", BLOB, "longblob"),
                of("json", JSON, "json"),
                of("enum", ENUM, "enum('small','medium','large')"),
                of("set", SET, "set('red','green','blue')")));
        for (String geometry : GEOMETRIES) {
            rows.add(when(geometry, GEOMETRY, "carried as WKB (SRID not kept)", d -> true, geometry));
        }
        return rows;
    }

    @Override
    public List<TypeRule> rules() {
        return rows.stream().map(MySqlTypeRow::rule).toList();
    }

    @Override
    public ColumnType sample(TypeRule rule) {
        return rows.stream().filter(r -> r.rule().equals(rule)).findFirst()
                .map(r -> parse(r.sample()))
                .orElseThrow(() -> new IllegalArgumentException("Not a MySQL type rule: " + rule));
    }

    @Override
    public TypeDecision target(ColumnType source) {
        return targets.decide(source);
    }

    /** The column type of a type written as DDL text by this dialect. */
    ColumnType parse(String nativeType) {
        return read(MySqlDeclaredType.parse(nativeType, false));
    }

    /** The neutral column type of a declared type. */
    ColumnType read(MySqlDeclaredType declared) {
        LogicalType logical = rows.stream().filter(r -> r.matches(declared)).findFirst()
                .map(r -> r.rule().logical()).orElse(OTHER);
        return new ColumnType(logical, declared.normalized(), length(declared, logical), precision(declared, logical),
                scale(declared, logical), declared.unsigned(), declared.members());
    }

    private static Integer length(MySqlDeclaredType d, LogicalType logical) {
        if (logical == JSON) {
            return null;
        }
        return switch (d.base()) {
            case "char", "varchar", "binary", "varbinary" -> d.intArg(0);
            case "bit" -> d.intArg(0) == null ? 1 : d.intArg(0);
            case "inet6" -> 45;
            case "inet4" -> 15;
            default -> LOB_LENGTHS.get(d.base());
        };
    }

    private static Integer precision(MySqlDeclaredType d, LogicalType logical) {
        return switch (logical) {
            case DECIMAL -> d.intArg(0) == null ? 10 : d.intArg(0);
            case TIMESTAMP, TIMESTAMPTZ, TIME -> d.intArg(0) == null ? 0 : d.intArg(0);
            default -> null;
        };
    }

    private static Integer scale(MySqlDeclaredType d, LogicalType logical) {
        return logical == DECIMAL ? (d.intArg(1) == null ? 0 : d.intArg(1)) : null;
    }

    static boolean isGeometry(String base) {
        return GEOMETRIES.contains(base);
    }
}
