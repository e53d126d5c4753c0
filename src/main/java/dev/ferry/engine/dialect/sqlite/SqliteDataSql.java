package dev.ferry.engine.dialect.sqlite;

import dev.ferry.engine.dialect.PlainTableRowSql;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.ForeignKey;
import dev.ferry.engine.model.Table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static dev.ferry.engine.dialect.sqlite.Identifiers.quote;
import static dev.ferry.engine.dialect.sqlite.Identifiers.quoteAll;

/**
 * Row statements for SQLite: {@code ?} placeholders, row values for keyset pages and
 * {@code IN (VALUES ...)} for key sets (SQLite has no {@code (a, b) IN ((?, ?), ...)}).
 */
public final class SqliteDataSql extends PlainTableRowSql {

    @Override
    protected String identifier(String name) {
        return Identifiers.quote(name);
    }

    /** SQLite's default SQLITE_MAX_VARIABLE_NUMBER since 3.32; builds may allow more, none fewer. */
    private static final int MAX_PARAMETERS = 32_766;

    @Override
    public String selectExpression(Column column) {
        return quote(column.name());
    }

    private String selectList(Table table) {
        return String.join(", ", table.columns().stream().map(this::selectExpression).toList());
    }

    @Override
    public String selectPage(Table table, int limit, boolean after) {
        String keys = quoteAll(table.primaryKey());
        String where = after ? " WHERE (" + keys + ") > (" + placeholders(table.primaryKey().size()) + ")" : "";
        return "SELECT " + selectList(table) + " FROM " + quote(table.name()) + where + " ORDER BY " + keys
                + " LIMIT " + limit;
    }

    @Override
    public String selectByKeys(Table table, int keys) {
        return "SELECT " + selectList(table) + " FROM " + quote(table.name()) + " WHERE " + keyIn(table, keys);
    }

    @Override
    public String selectAll(Table table) {
        String order = table.hasPrimaryKey() ? " ORDER BY " + quoteAll(table.primaryKey()) : "";
        return "SELECT " + selectList(table) + " FROM " + quote(table.name()) + order;
    }

    @Override
    public String insert(Table table, int rows) {
        String row = "(" + placeholders(table.columns().size()) + ")";
        return "INSERT INTO " + quote(table.name()) + " (" + quoteAll(names(table)) + ") VALUES "
                + String.join(", ", Collections.nCopies(rows, row));
    }

    @Override
    public String deleteByKeys(Table table, int keys) {
        return "DELETE FROM " + quote(table.name()) + " WHERE " + keyIn(table, keys);
    }

    @Override
    public String orphanCount(Table child, ForeignKey foreignKey) {
        // MATCH SIMPLE: a key with any NULL column references nothing and is no orphan.
        List<String> present = new ArrayList<>();
        List<String> joins = new ArrayList<>();
        for (int i = 0; i < foreignKey.columns().size(); i++) {
            String c = "ferry_child." + quote(foreignKey.columns().get(i));
            present.add(c + " IS NOT NULL");
            joins.add("ferry_parent." + quote(foreignKey.referencedColumns().get(i)) + " = " + c);
        }
        return "SELECT COUNT(*) FROM " + quote(child.name()) + " AS ferry_child WHERE " + String.join(" AND ", present)
                + " AND NOT EXISTS (SELECT 1 FROM " + quote(foreignKey.referencedTable()) + " AS ferry_parent WHERE "
                + String.join(" AND ", joins) + ")";
    }

    @Override
    public int maxConcurrentWriters() {
        return 1;
    }

    @Override
    public String firstKeyWhere(Table table, String predicate) {
        // A table without a key still has its rowid (WITHOUT ROWID tables always have a key).
        String keys = table.hasPrimaryKey() ? quoteAll(table.primaryKey()) : "rowid";
        return "SELECT " + keys + " FROM " + quote(table.name()) + " WHERE (" + predicate + ") ORDER BY " + keys + " LIMIT 1";
    }

    /** A deferred transaction: SQLite takes the read snapshot at the first read and keeps it until COMMIT. */
    @Override
    public String beginReadSnapshot() {
        return "BEGIN";
    }

    @Override
    public int maxParameters() {
        return MAX_PARAMETERS;
    }

    /**
     * Foreign keys unchecked while rows arrive in any order, and no fsync per batch: a crash
     * mid-load is recovered by resuming, not by the journal. SQLite ignores the foreign_keys
     * pragma inside a transaction, so these run between batches, outside one.
     */
    @Override
    public List<String> bulkLoadSetup() {
        return List.of("PRAGMA foreign_keys = OFF", "PRAGMA synchronous = OFF");
    }

    @Override
    public List<String> bulkLoadTeardown() {
        return List.of("PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON");
    }

    private static String keyIn(Table table, int keys) {
        List<String> key = table.primaryKey();
        if (key.size() == 1) {
            return quote(key.get(0)) + " IN (" + placeholders(keys) + ")";
        }
        String row = "(" + placeholders(key.size()) + ")";
        return "(" + quoteAll(key) + ") IN (VALUES " + String.join(", ", Collections.nCopies(keys, row)) + ")";
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static List<String> names(Table table) {
        return table.columns().stream().map(Column::name).toList();
    }
}
