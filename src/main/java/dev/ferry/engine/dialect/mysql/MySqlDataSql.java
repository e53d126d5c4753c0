package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.dialect.BulkFormat;
import dev.ferry.engine.dialect.PlainTableRowSql;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.ForeignKey;
import dev.ferry.engine.model.LogicalType;
import dev.ferry.engine.model.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.ferry.engine.dialect.mysql.MySqlSql.quote;

/**
 * Row statements for MySQL and MariaDB. Temporal columns are selected as text or epoch seconds
 * (zero dates break the driver; TIMESTAMP must not depend on the session time zone), geometry as
 * WKB. Keys are compared through the same expressions, so a page's last key binds back exactly.
 */
public class MySqlDataSql extends PlainTableRowSql {

    @Override
    protected String identifier(String name) {
        return MySqlSql.quote(name);
    }

    /** Alias of the one-row table that carries the last key of a page into the query. */
    private static final String AFTER = "ferry_after";
    private static final String ROW = "ferry_row";

    /**
     * Writes fail instead of truncating, and never turn a value of 0 into a new auto-increment
     * key; TIMESTAMP values are written as UTC instants.
     */
    private static final BulkFormat LOAD_DATA = new MySqlLoadDataFormat();
    private static final String STRICT_MODE = "STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
            + "ERROR_FOR_DIVISION_BY_ZERO,NO_AUTO_VALUE_ON_ZERO,NO_ENGINE_SUBSTITUTION";

    @Override
    public String selectExpression(Column column) {
        return expression(column, quote(column.name()));
    }

    private static String expression(Column column, String ref) {
        return switch (column.type().logical()) {
            // The text protocol prints FLOAT with 6 digits; as DOUBLE it prints every digit of the value.
            case FLOAT32 -> "(" + ref + " + 0e0)";
            case GEOMETRY -> "ST_AsBinary(" + ref + ")";
            case DATE, TIMESTAMP, TIME, JSON -> "CAST(" + ref + " AS CHAR)";
            case TIMESTAMPTZ -> "UNIX_TIMESTAMP(" + ref + ")";
            default -> ref;
        };
    }

    /** How a key column is compared with a bound key value (the value selectExpression gave). */
    private static String keyExpression(Column column, String ref) {
        return column.type().logical() == LogicalType.TIMESTAMPTZ ? "UNIX_TIMESTAMP(" + ref + ")" : ref;
    }

    static String placeholder(Column column) {
        return switch (column.type().logical()) {
            case GEOMETRY -> "ST_GeomFromWKB(?)";
            case TIMESTAMPTZ -> "FROM_UNIXTIME(?)";
            // A string or decimal parameter would be taken as the bytes of the BIT value.
            case BIT -> "CAST(? AS UNSIGNED)";
            default -> "?";
        };
    }

    @Override
    public String selectPage(Table table, int limit, boolean after) {
        List<Column> keys = keyColumns(table);
        if (!after) {
            return select(table, null) + " FROM " + quote(table.name()) + orderBy(keys, null) + " LIMIT " + limit;
        }
        if (keys.size() == 1) {
            return select(table, null) + " FROM " + quote(table.name()) + " WHERE "
                    + keyExpression(keys.get(0), quote(keys.get(0).name())) + " > ?" + orderBy(keys, null) + " LIMIT " + limit;
        }
        // MariaDB does not turn a row-value comparison (a, b) > (?, ?) into an index range; the same
        // comparison spelled out per key column does, and a one-row table lets it reuse the values.
        StringJoiner params = new StringJoiner(", ");
        for (int i = 0; i < keys.size(); i++) {
            params.add("? AS k" + i);
        }
        return select(table, ROW) + " FROM " + quote(table.name()) + " AS " + ROW + " CROSS JOIN (SELECT " + params
                + ") AS " + AFTER + " WHERE " + greaterThanAfter(keys) + orderBy(keys, ROW) + " LIMIT " + limit;
    }

    private static String greaterThanAfter(List<Column> keys) {
        StringJoiner any = new StringJoiner(" OR ", "(", ")");
        for (int i = 0; i < keys.size(); i++) {
            StringJoiner all = new StringJoiner(" AND ", "(", ")");
            for (int j = 0; j < i; j++) {
                all.add(keyExpression(keys.get(j), ROW + "." + quote(keys.get(j).name())) + " = " + AFTER + ".k" + j);
            }
            all.add(keyExpression(keys.get(i), ROW + "." + quote(keys.get(i).name())) + " > " + AFTER + ".k" + i);
            any.add(all.toString());
        }
        return any.toString();
    }

    @Override
    public String selectByKeys(Table table, int keys) {
        return select(table, null) + " FROM " + quote(table.name()) + " WHERE " + keyIn(table, keys);
    }

    @Override
    public String selectAll(Table table) {
        String order = table.hasPrimaryKey() ? orderBy(keyColumns(table), null) : "";
        return select(table, null) + " FROM " + quote(table.name()) + order;
    }

    @Override
    public String insert(Table table, int rows) {
        String row = table.columns().stream().map(MySqlDataSql::placeholder).collect(Collectors.joining(", ", "(", ")"));
        return "INSERT INTO " + quote(table.name()) + " (" + MySqlSql.quoteAll(names(table.columns())) + ") VALUES "
                + String.join(", ", Collections.nCopies(rows, row));
    }

    @Override
    public String deleteByKeys(Table table, int keys) {
        return "DELETE FROM " + quote(table.name()) + " WHERE " + keyIn(table, keys);
    }

    @Override
    public String orphanCount(Table child, ForeignKey foreignKey) {
        StringJoiner present = new StringJoiner(" AND ");
        StringJoiner matches = new StringJoiner(" AND ");
        for (int i = 0; i < foreignKey.columns().size(); i++) {
            String childColumn = "c." + quote(foreignKey.columns().get(i));
            present.add(childColumn + " IS NOT NULL");
            matches.add("p." + quote(foreignKey.referencedColumns().get(i)) + " = " + childColumn);
        }
        return "SELECT COUNT(*) FROM " + quote(child.name()) + " AS c WHERE " + present + " AND NOT EXISTS (SELECT 1 FROM "
                + quote(foreignKey.referencedTable()) + " AS p WHERE " + matches + ")";
    }

    @Override
    public String firstKeyWhere(Table table, String predicate) {
        List<Column> keys = keyColumns(table);
        // Shown to people in the preflight finding: a TIMESTAMP as its text, not epoch seconds.
        String columns = keys.stream().map(c -> c.type().logical() == LogicalType.TIMESTAMPTZ
                ? "CAST(" + quote(c.name()) + " AS CHAR)" : expression(c, quote(c.name()))).collect(Collectors.joining(", "));
        return "SELECT " + columns + " FROM " + quote(table.name()) + " WHERE " + predicate + orderBy(keys, null) + " LIMIT 1";
    }

    /**
     * InnoDB takes the snapshot at once (not at the first read); it is only consistent under
     * REPEATABLE READ, the server default.
     */
    @Override
    public String beginReadSnapshot() {
        return "START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY";
    }

    /** The protocol counts statement parameters in 16 bits. */
    @Override
    public Optional<BulkFormat> bulkFormat() {
        return Optional.of(LOAD_DATA);
    }

    @Override
    public int maxParameters() {
        return 65_535;
    }

    @Override
    public List<String> bulkLoadSetup() {
        return List.of("SET @ferry_foreign_key_checks = @@SESSION.foreign_key_checks, "
                        + "@ferry_unique_checks = @@SESSION.unique_checks, @ferry_sql_mode = @@SESSION.sql_mode, "
                        + "@ferry_time_zone = @@SESSION.time_zone",
                "SET SESSION foreign_key_checks = 0, unique_checks = 0, sql_mode = '" + STRICT_MODE + "', "
                        + "time_zone = '+00:00'");
    }

    @Override
    public List<String> bulkLoadTeardown() {
        return List.of("SET SESSION foreign_key_checks = @ferry_foreign_key_checks, unique_checks = @ferry_unique_checks, "
                + "sql_mode = @ferry_sql_mode, time_zone = @ferry_time_zone");
    }

    private static String select(Table table, String alias) {
        String prefix = alias == null ? "" : alias + ".";
        return table.columns().stream().map(c -> expression(c, prefix + quote(c.name())))
                .collect(Collectors.joining(", ", "SELECT ", ""));
    }

    private static String orderBy(List<Column> keys, String alias) {
        String prefix = alias == null ? "" : alias + ".";
        return keys.stream().map(c -> prefix + quote(c.name())).collect(Collectors.joining(", ", " ORDER BY ", ""));
    }

    /** Membership of the key in a list of bound keys: {@code k IN (?, ?)} or {@code (a, b) IN ((?, ?), (?, ?))}. */
    private static String keyIn(Table table, int keys) {
        List<Column> keyColumns = keyColumns(table);
        Function<Column, String> ref = c -> keyExpression(c, quote(c.name()));
        if (keyColumns.size() == 1) {
            return ref.apply(keyColumns.get(0)) + " IN (" + String.join(", ", Collections.nCopies(keys, "?")) + ")";
        }
        String tuple = "(" + String.join(", ", Collections.nCopies(keyColumns.size(), "?")) + ")";
        return "(" + keyColumns.stream().map(ref).collect(Collectors.joining(", ")) + ") IN ("
                + String.join(", ", Collections.nCopies(keys, tuple)) + ")";
    }

    private static List<Column> keyColumns(Table table) {
        if (!table.hasPrimaryKey()) {
            throw new IllegalArgumentException("Table " + table.name() + " has no primary key");
        }
        List<Column> keys = new ArrayList<>();
        for (String name : table.primaryKey()) {
            keys.add(table.column(name).orElseThrow(() -> new IllegalArgumentException(
                    "Key column " + name + " is not a column of " + table.name())));
        }
        return keys;
    }

    private static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::name).toList();
    }
}
