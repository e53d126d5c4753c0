package dev.ferry.engine.dialect.postgres;

import dev.ferry.engine.dialect.BulkFormat;
import dev.ferry.engine.dialect.DataSql;
import dev.ferry.engine.dialect.TextExport;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.ForeignKey;
import dev.ferry.engine.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Collectors;

import static dev.ferry.engine.dialect.postgres.PgSql.quote;
import static dev.ferry.engine.dialect.postgres.PgSql.table;

/** Row statements for PostgreSQL: {@code $n} placeholders with the casts {@link PgColumns} chooses. */
public final class PostgresDataSql implements DataSql {

    /** The protocol counts parameters in 16 bits; stay within the signed range some servers enforce. */
    private static final int MAX_PARAMETERS = 32_767;
    private static final BulkFormat COPY = new PgCopyFormat();
    private static final TextExport EXPORT = new PgTextExport();

    @Override
    public String selectExpression(Column column) {
        return PgColumns.select(column);
    }

    @Override
    public String selectPage(Table table, int limit, boolean after) {
        String where = " WHERE " + ownRows(table)
                + (after ? " AND " + keyTuple(table) + " > " + paramTuple(keyColumns(table), 1) : "");
        return "SELECT " + selectList(table) + " FROM " + table(table) + where + orderByKey(table) + " LIMIT " + limit;
    }

    @Override
    public String selectByKeys(Table table, int keys) {
        return "SELECT " + selectList(table) + " FROM " + table(table) + " WHERE " + ownRows(table) + " AND "
                + keyMembership(table, keys);
    }

    @Override
    public String selectAll(Table table) {
        return "SELECT " + selectList(table) + " FROM " + table(table) + " WHERE " + ownRows(table)
                + (table.hasPrimaryKey() ? orderByKey(table) : "");
    }

    @Override
    public String insert(Table table, int rows) {
        int width = table.columns().size();
        StringJoiner values = new StringJoiner(", ");
        for (int r = 0; r < rows; r++) {
            values.add(paramTuple(table.columns(), 1 + r * width));
        }
        // Explicit keys must land in GENERATED ALWAYS identity columns too.
        boolean always = table.columns().stream().anyMatch(c -> c.generation() == Column.Generation.IDENTITY_ALWAYS);
        return "INSERT INTO " + table(table) + " (" + PgSql.columnList(PgSql.names(table.columns())) + ")"
                + (always ? " OVERRIDING SYSTEM VALUE" : "") + " VALUES " + values;
    }

    @Override
    public String count(Table table) {
        return "SELECT COUNT(*) FROM " + table(table) + " WHERE " + ownRows(table);
    }

    @Override
    public String deleteByKeys(Table table, int keys) {
        return "DELETE FROM " + table(table) + " WHERE " + keyMembership(table, keys);
    }

    @Override
    public String deleteAll(Table table) {
        return "DELETE FROM " + table(table);
    }

    @Override
    public String max(Table table, Column column) {
        return "SELECT MAX(" + quote(column.name()) + ") FROM " + table(table) + " WHERE " + ownRows(table);
    }

    /** MATCH SIMPLE: a key with any NULL column references nothing and is no orphan. */
    @Override
    public String orphanCount(Table child, ForeignKey foreignKey) {
        List<String> conditions = new ArrayList<>();
        List<String> matches = new ArrayList<>();
        for (int i = 0; i < foreignKey.columns().size(); i++) {
            String own = "ch." + quote(foreignKey.columns().get(i));
            conditions.add(own + " IS NOT NULL");
            matches.add("pa." + quote(foreignKey.referencedColumns().get(i)) + " = " + own);
        }
        return "SELECT COUNT(*) FROM " + table(child) + " ch WHERE " + String.join(" AND ", conditions)
                + " AND NOT EXISTS (SELECT 1 FROM " + quote(foreignKey.referencedTable()) + " pa WHERE "
                + String.join(" AND ", matches) + ")";
    }

    @Override
    public String countWhere(Table table, String predicate) {
        return "SELECT COUNT(*) FROM " + table(table) + " WHERE " + ownRows(table) + " AND (" + predicate + ")";
    }

    @Override
    public String countEach(Table table, List<String> predicates) {
        return "SELECT " + DataSql.sumEach(predicates) + " FROM " + table(table) + " WHERE " + ownRows(table);
    }

    @Override
    public String countEachInKeyRange(Table table, List<String> predicates) {
        return countEach(table, predicates) + " AND " + quote(table.primaryKey().get(0)) + " BETWEEN $1 AND $2";
    }

    @Override
    public String keyBounds(Table table) {
        String key = quote(table.primaryKey().get(0));
        return "SELECT MIN(" + key + "), MAX(" + key + ") FROM " + table(table) + " WHERE " + ownRows(table);
    }

    @Override
    public String firstKeyWhere(Table table, String predicate) {
        String keys = keyColumns(table).stream().map(PgColumns::select).collect(Collectors.joining(", "));
        return "SELECT " + keys + " FROM " + table(table) + " WHERE " + ownRows(table) + " AND (" + predicate + ")"
                + orderByKey(table) + " LIMIT 1";
    }

    @Override
    public String beginReadSnapshot() {
        return "START TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY";
    }

    @Override
    public boolean scansFasterInParts() {
        return false;
    }

    @Override
    public Optional<String> exportSnapshot() {
        return Optional.of("SELECT pg_export_snapshot()");
    }

    @Override
    public Optional<String> importSnapshot(String snapshotId) {
        return Optional.of("SET TRANSACTION SNAPSHOT " + PgSql.literal(snapshotId));
    }

    @Override
    public Optional<BulkFormat> bulkFormat() {
        return Optional.of(COPY);
    }

    @Override
    public int maxParameters() {
        return MAX_PARAMETERS;
    }

    /**
     * Foreign keys are added after the data, so loading needs no checks switched off; where the
     * role may, replica mode also keeps existing triggers and foreign keys of pre-created tables
     * from firing (as pg_restore --disable-triggers does). A role that may not simply loads with them.
     */
    @Override
    public List<String> bulkLoadSetup() {
        return List.of(PgSql.doBlock("  SET session_replication_role = replica;\n"
                + "EXCEPTION WHEN insufficient_privilege THEN NULL;"));
    }

    @Override
    public List<String> bulkLoadTeardown() {
        return List.of(PgSql.doBlock("  IF current_setting('session_replication_role') <> 'origin' THEN\n"
                + "    SET session_replication_role = DEFAULT;\n  END IF;"));
    }

    @Override
    public Optional<TextExport> textExport() {
        return Optional.of(EXPORT);
    }

    /**
     * The table's own rows: an old-style inheritance parent would also return its children's rows,
     * which are copied as tables of their own. A partitioned table holds no rows itself, so all
     * rows of its partitions are its own (ONLY would see none); the relkind test runs once per query.
     */
    static String ownRows(Table table) {
        String self = PgSql.regclass(table.name());
        return "(" + table(table) + ".tableoid = " + self + " OR (SELECT c.relkind = 'p' FROM pg_class c WHERE c.oid = "
                + self + "))";
    }

    private static String selectList(Table table) {
        return table.columns().stream().map(PgColumns::select).collect(Collectors.joining(", "));
    }

    private static List<Column> keyColumns(Table table) {
        return table.primaryKey().stream().map(name -> table.column(name).orElseThrow(
                () -> new IllegalArgumentException("Key column " + name + " not in table " + table.name()))).toList();
    }

    private static String keyTuple(Table table) {
        return "(" + PgSql.columnList(table.primaryKey()) + ")";
    }

    static String orderByKey(Table table) {
        return " ORDER BY " + PgSql.columnList(table.primaryKey());
    }

    private static String paramTuple(List<Column> columns, int firstIndex) {
        StringJoiner params = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < columns.size(); i++) {
            params.add(PgColumns.param(columns.get(i), firstIndex + i));
        }
        return params.toString();
    }

    /** Equality with any of {@code keys} keys: a row-value IN list. */
    private static String keyMembership(Table table, int keys) {
        List<Column> key = keyColumns(table);
        StringJoiner tuples = new StringJoiner(", ", "(", ")");
        for (int k = 0; k < keys; k++) {
            tuples.add(paramTuple(key, 1 + k * key.size()));
        }
        return keyTuple(table) + " IN " + tuples;
    }
}
