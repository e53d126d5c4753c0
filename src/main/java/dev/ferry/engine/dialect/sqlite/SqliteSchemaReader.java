package dev.ferry.engine.dialect.sqlite;

import dev.ferry.engine.dialect.SchemaReader;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.ColumnType;
import dev.ferry.engine.model.DatabaseSchema;
import dev.ferry.engine.model.ForeignKey;
import dev.ferry.engine.model.Index;
import dev.ferry.engine.model.SchemaObject;
import dev.ferry.engine.model.Table;
import dev.ferry.engine.session.DbSession;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the main database of a SQLite file: base tables from {@code pragma_table_list} (shadow
 * tables of virtual tables are skipped), columns from {@code pragma_table_xinfo}, keys and
 * indexes from the index and foreign-key pragmas, names and details from the CREATE TABLE text.
 * Views, triggers, virtual tables and indexes the model cannot hold (on expressions, partial) are
 * listed as other objects. Row estimates come from ANALYZE statistics when present, else counts.
 */
public final class SqliteSchemaReader implements SchemaReader {

    private final SqliteTypes types;
    private final String statisticsPresentSql;
    private final String rowEstimatesSql;

    /**
     * @param statisticsPresentSql one value, above 0 when ANALYZE statistics exist
     * @param rowEstimatesSql      rows of (table name, estimated rows) from those statistics
     */
    public SqliteSchemaReader(SqliteTypes types, String statisticsPresentSql, String rowEstimatesSql) {
        this.types = types;
        this.statisticsPresentSql = statisticsPresentSql;
        this.rowEstimatesSql = rowEstimatesSql;
    }

    @Override
    public DatabaseSchema read(DbSession session) {
        Map<String, Long> estimates = estimates(session);
        List<Table> tables = new ArrayList<>();
        List<SchemaObject> others = new ArrayList<>();
        for (Object[] row : session.query("SELECT name, wr, type FROM pragma_table_list WHERE schema = 'main'"
                + " AND type IN ('table', 'virtual') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")) {
            String name = (String) row[0];
            String sql = createSql(session, name);
            if ("virtual".equals(row[2])) {
                others.add(new SchemaObject(SchemaObject.Kind.OTHER, name, sql));
                continue;
            }
            boolean withoutRowid = ((Number) row[1]).longValue() == 1;
            Long estimate = estimates.get(name);
            tables.add(table(session, name, CreateTableSql.parse(sql), withoutRowid,
                    estimate != null ? estimate : count(session, name), others));
        }
        for (Object[] row : session.query("SELECT type, name, sql FROM sqlite_master WHERE type IN ('view', 'trigger')"
                + " ORDER BY type DESC, name")) {
            SchemaObject.Kind kind = "view".equals(row[0]) ? SchemaObject.Kind.VIEW : SchemaObject.Kind.TRIGGER;
            others.add(new SchemaObject(kind, (String) row[1], (String) row[2]));
        }
        return new DatabaseSchema(tables, others);
    }

    private Table table(DbSession session, String name, CreateTableSql create, boolean withoutRowid, long rows,
                        List<SchemaObject> others) {
        List<Object[]> info = session.query("SELECT name, type, \"notnull\", dflt_value, pk, hidden"
                + " FROM pragma_table_xinfo(?) WHERE hidden <> 1 ORDER BY cid", List.of(name));
        List<String> primaryKey = info.stream().filter(r -> ((Number) r[4]).intValue() > 0)
                .sorted((a, b) -> Integer.compare(((Number) a[4]).intValue(), ((Number) b[4]).intValue()))
                .map(r -> (String) r[0]).toList();
        List<Column> columns = new ArrayList<>();
        for (Object[] r : info) {
            columns.add(column(r, create, !withoutRowid && primaryKey.size() == 1 && primaryKey.get(0).equals(r[0])));
        }
        return new Table(name, columns, primaryKey, indexes(session, name, create, others),
                foreignKeys(session, name, create), rows);
    }

    private Column column(Object[] r, CreateTableSql create, boolean soleKey) {
        String name = (String) r[0];
        String declared = (String) r[1];
        ColumnType type = types.read(declared, create.checkMembers(name));
        int hidden = ((Number) r[5]).intValue();
        if (soleKey && declared.equalsIgnoreCase("INTEGER")) {
            // The rowid itself: never NULL, and the next key when an insert gives none.
            return new Column(name, type, false, null, Column.Generation.AUTO_INCREMENT,
                    create.autoincrement() ? null : RowidAlias.PLAIN);
        }
        Column.Generation generation = hidden == 3 ? Column.Generation.COMPUTED_STORED
                : hidden == 2 ? Column.Generation.COMPUTED_VIRTUAL : Column.Generation.NONE;
        return new Column(name, type, ((Number) r[2]).intValue() == 0,
                SqliteDefaults.read((String) r[3], type.logical()), generation,
                generation == Column.Generation.NONE ? null : create.generatedExpression(name));
    }

    private static List<Index> indexes(DbSession session, String table, CreateTableSql create, List<SchemaObject> others) {
        List<Index> indexes = new ArrayList<>();
        for (Object[] row : session.query("SELECT name, \"unique\", origin, partial FROM pragma_index_list(?) ORDER BY name",
                List.of(table))) {
            String name = (String) row[0];
            boolean unique = ((Number) row[1]).intValue() == 1;
            if ("pk".equals(row[2])) {
                continue;
            }
            List<Object[]> columns = session.query("SELECT name FROM pragma_index_info(?) ORDER BY seqno", List.of(name));
            List<String> names = columns.stream().map(c -> (String) c[0]).toList();
            if (((Number) row[3]).intValue() == 1 || names.contains(null)) {
                others.add(new SchemaObject(SchemaObject.Kind.OTHER, name, indexSql(session, name)));
                continue;
            }
            if ("u".equals(row[2])) {
                // sqlite_autoindex_* names are reserved: use the constraint's name or make one up.
                String declared = create.constraintName("unique", names);
                name = declared != null ? declared : Identifiers.madeUp("uq", table, names);
            }
            indexes.add(new Index(name, names, unique));
        }
        return indexes;
    }

    private static List<ForeignKey> foreignKeys(DbSession session, String table, CreateTableSql create) {
        Map<Long, List<Object[]>> byId = new HashMap<>();
        List<Long> order = new ArrayList<>();
        for (Object[] row : session.query("SELECT id, seq, \"table\", \"from\", \"to\", on_update, on_delete"
                + " FROM pragma_foreign_key_list(?) ORDER BY id DESC, seq", List.of(table))) {
            long id = ((Number) row[0]).longValue();
            if (!byId.containsKey(id)) {
                order.add(id);
            }
            byId.computeIfAbsent(id, k -> new ArrayList<>()).add(row);
        }
        List<ForeignKey> keys = new ArrayList<>();
        for (long id : order) {
            List<Object[]> rows = byId.get(id);
            String parent = (String) rows.get(0)[2];
            List<String> columns = rows.stream().map(r -> (String) r[3]).toList();
            List<String> referenced = rows.stream().map(r -> (String) r[4]).toList();
            if (referenced.contains(null)) {
                // REFERENCES parent without columns: the parent's primary key.
                referenced = primaryKey(session, parent);
            }
            String name = create.constraintName("fk", columns);
            keys.add(new ForeignKey(name != null ? name : Identifiers.madeUp("fk", table, columns), columns, parent,
                    referenced, action(rows.get(0)[6]), action(rows.get(0)[5])));
        }
        return keys;
    }

    private static List<String> primaryKey(DbSession session, String table) {
        return session.query("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", List.of(table))
                .stream().map(r -> (String) r[0]).toList();
    }

    private static String action(Object action) {
        return action == null ? "NO ACTION" : ((String) action).toUpperCase(Locale.ROOT);
    }

    private static String createSql(DbSession session, String table) {
        return (String) session.queryValue("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", List.of(table));
    }

    private static String indexSql(DbSession session, String index) {
        return (String) session.queryValue("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", List.of(index));
    }

    private Map<String, Long> estimates(DbSession session) {
        Map<String, Long> estimates = new HashMap<>();
        if (((Number) session.queryValue(statisticsPresentSql, List.of())).longValue() > 0) {
            for (Object[] row : session.query(rowEstimatesSql)) {
                estimates.put((String) row[0], ((Number) row[1]).longValue());
            }
        }
        return estimates;
    }

    private static long count(DbSession session, String table) {
        return ((Number) session.queryValue("SELECT COUNT(*) FROM " + Identifiers.quote(table), List.of())).longValue();
    }
}
