package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.dialect.SchemaReader;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.ColumnType;
import dev.ferry.engine.model.DatabaseSchema;
import dev.ferry.engine.model.DefaultValue;
import dev.ferry.engine.model.ForeignKey;
import dev.ferry.engine.model.Index;
import dev.ferry.engine.model.LogicalType;
import dev.ferry.engine.model.SchemaObject;
import dev.ferry.engine.model.Table;
import dev.ferry.engine.session.DbSession;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static dev.ferry.engine.dialect.mysql.MySqlCatalog.number;
import static dev.ferry.engine.dialect.mysql.MySqlCatalog.text;
import static dev.ferry.engine.dialect.mysql.MySqlSql.quote;

/**
 * Reads the connected database from information_schema. Names are matched in Java, exactly:
 * information_schema compares them case-insensitively. Whether the server is MariaDB is asked
 * once, since MariaDB spells defaults and check constraints differently even when spoken to as
 * MySQL.
 */
public class MySqlSchemaReader implements SchemaReader {

    private static final Set<String> INDEX_ONLY_HERE = Set.of("FULLTEXT", "SPATIAL");

    private final MySqlTypes types;

    public MySqlSchemaReader(MySqlTypes types) {
        this.types = types;
    }

    @Override
    public DatabaseSchema read(DbSession session) {
        boolean mariaDb = String.valueOf(session.queryValue(MySqlCatalog.VERSION, List.of())).contains("MariaDB");
        List<SchemaObject> objects = new ArrayList<>();
        Map<String, Long> estimates = new TreeMap<>();
        for (Object[] r : session.query(MySqlCatalog.TABLES)) {
            if (isDataTable(text(r, 1))) {
                estimates.put(text(r, 0), number(r, 2));
            }
            tableTypeObject(text(r, 0), text(r, 1)).ifPresent(objects::add);
        }
        Map<String, SchemaObject> jsonChecks = checks(session, mariaDb, estimates.keySet(), objects);
        Map<String, List<Column>> columns = columns(session, estimates.keySet(), jsonChecks.keySet(),
                new MySqlDefaultReader(mariaDb));
        jsonChecks.forEach((key, check) -> {
            String[] parts = key.split("\u0000", 2);
            boolean json = columns.get(parts[0]).stream()
                    .anyMatch(c -> c.name().equals(parts[1]) && c.type().logical() == LogicalType.JSON);
            if (!json) {
                objects.add(check);
            }
        });
        Map<String, List<String>> primaryKeys = new HashMap<>();
        Map<String, List<Index>> indexes = indexes(session, estimates.keySet(), primaryKeys, objects);
        Map<String, List<ForeignKey>> foreignKeys = foreignKeys(session, estimates.keySet(), objects);
        new MySqlObjectReader().read(session, objects);
        List<Table> tables = new ArrayList<>();
        estimates.forEach((name, rows) -> tables.add(new Table(name, columns.getOrDefault(name, List.of()),
                primaryKeys.getOrDefault(name, List.of()), indexes.getOrDefault(name, List.of()),
                foreignKeys.getOrDefault(name, List.of()), rows)));
        return new DatabaseSchema(tables, objects);
    }

    /** Whether a TABLE_TYPE holds rows to migrate. */
    protected boolean isDataTable(String tableType) {
        return "BASE TABLE".equals(tableType);
    }

    /** What the plan lists for a table of this type besides (or instead of) migrating it. */
    protected Optional<SchemaObject> tableTypeObject(String name, String tableType) {
        if (isDataTable(tableType)) {
            return Optional.empty();
        }
        return Optional.of(new SchemaObject(SchemaObject.Kind.OTHER, name, tableType + " " + quote(name)));
    }

    /**
     * Check constraints are not carried (their SQL is this engine's) and are listed; a
     * {@code json_valid(col)} check is MariaDB's JSON type, answered by table and column for
     * the column reader and listed only if its column turns out not to be JSON.
     */
    private Map<String, SchemaObject> checks(DbSession session, boolean mariaDb, Set<String> tables,
                                             List<SchemaObject> objects) {
        Map<String, SchemaObject> json = new HashMap<>();
        if (((Number) session.queryValue(MySqlCatalog.HAS_CHECKS, List.of())).longValue() == 0) {
            return json;
        }
        for (Object[] r : session.query(mariaDb ? MySqlCatalog.MARIADB_CHECKS : MySqlCatalog.MYSQL_CHECKS)) {
            String table = text(r, 0);
            if (!tables.contains(table)) {
                continue;
            }
            String clause = text(r, 2);
            SchemaObject check = new SchemaObject(SchemaObject.Kind.OTHER, table + "." + text(r, 1),
                    "CHECK constraint " + quote(text(r, 1)) + " ON " + quote(table) + ": " + clause);
            String column = jsonValidColumn(clause);
            if (column != null) {
                json.put(table + "\u0000" + column, check);
            } else {
                objects.add(check);
            }
        }
        return json;
    }

    /** The column of a {@code json_valid(`col`)} clause, or null. */
    private static String jsonValidColumn(String clause) {
        String c = clause.trim();
        String prefix = "json_valid(`";
        if (!c.toLowerCase(Locale.ROOT).startsWith(prefix) || !c.endsWith("`)")) {
            return null;
        }
        String name = c.substring(prefix.length(), c.length() - 2).replace("``", "\u0000");
        return name.contains("`") ? null : name.replace("\u0000", "`");
    }

    private Map<String, List<Column>> columns(DbSession session, Set<String> tables, Set<String> jsonChecks,
                                              MySqlDefaultReader defaults) {
        Map<String, List<Column>> columns = new HashMap<>();
        for (Object[] r : session.query(MySqlCatalog.COLUMNS)) {
            String table = text(r, 0);
            if (tables.contains(table)) {
                boolean jsonCheck = jsonChecks.contains(table + "\u0000" + text(r, 1));
                columns.computeIfAbsent(table, t -> new ArrayList<>()).add(column(r, jsonCheck, defaults));
            }
        }
        return columns;
    }

    private Column column(Object[] r, boolean jsonCheck, MySqlDefaultReader defaults) {
        ColumnType type = types.read(MySqlDeclaredType.parse(text(r, 2), jsonCheck));
        String extra = text(r, 5) == null ? "" : text(r, 5).toLowerCase(Locale.ROOT);
        Column.Generation generation = Column.Generation.NONE;
        String expression = null;
        if (extra.contains("auto_increment")) {
            generation = Column.Generation.AUTO_INCREMENT;
        } else if (extra.contains("virtual generated")) {
            generation = Column.Generation.COMPUTED_VIRTUAL;
            expression = text(r, 6);
        } else if (extra.contains("stored generated") || extra.contains("persistent generated")) {
            generation = Column.Generation.COMPUTED_STORED;
            expression = text(r, 6);
        } else if (extra.contains("on update")) {
            // Kept as an expression so that a MySQL target can declare it again.
            expression = "ON UPDATE CURRENT_TIMESTAMP" + MySqlDefaultWriter.fraction(type.nativeType());
        }
        DefaultValue defaultValue = generation == Column.Generation.NONE ? defaults.read(text(r, 4), text(r, 5), type) : null;
        return new Column(text(r, 1), type, "YES".equals(text(r, 3)), defaultValue, generation, expression);
    }

    private static Map<String, List<Index>> indexes(DbSession session, Set<String> tables,
                                                    Map<String, List<String>> primaryKeys, List<SchemaObject> objects) {
        Map<List<String>, List<Object[]>> byIndex = new LinkedHashMap<>();
        for (Object[] r : session.query(MySqlCatalog.INDEXES)) {
            if (tables.contains(text(r, 0))) {
                byIndex.computeIfAbsent(List.of(text(r, 0), text(r, 1)), k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, List<Index>> indexes = new HashMap<>();
        byIndex.forEach((key, rows) -> {
            String table = key.get(0);
            String name = key.get(1);
            List<String> columns = rows.stream().map(r -> text(r, 3)).toList();
            String type = text(rows.get(0), 4);
            if (columns.contains(null) || INDEX_ONLY_HERE.contains(type)) {
                String what = columns.contains(null) ? "functional" : type;
                objects.add(new SchemaObject(SchemaObject.Kind.OTHER, table + "." + name, what + " INDEX " + quote(name)
                        + " ON " + quote(table) + (columns.contains(null) ? "" : " (" + MySqlSql.quoteAll(columns) + ")")));
            } else if (name.equals("PRIMARY")) {
                primaryKeys.put(table, columns);
            } else {
                boolean unique = number(rows.get(0), 2) == 0;
                indexes.computeIfAbsent(table, t -> new ArrayList<>()).add(new Index(name, columns, unique));
            }
        });
        return indexes;
    }

    private static Map<String, List<ForeignKey>> foreignKeys(DbSession session, Set<String> tables,
                                                             List<SchemaObject> objects) {
        Map<List<String>, List<Object[]>> byKey = new LinkedHashMap<>();
        for (Object[] r : session.query(MySqlCatalog.FOREIGN_KEYS)) {
            if (tables.contains(text(r, 0))) {
                byKey.computeIfAbsent(List.of(text(r, 0), text(r, 1)), k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, List<ForeignKey>> foreignKeys = new HashMap<>();
        byKey.forEach((key, rows) -> {
            Object[] first = rows.get(0);
            if (number(first, 3) == 0) {
                objects.add(new SchemaObject(SchemaObject.Kind.OTHER, key.get(0) + "." + key.get(1),
                        "FOREIGN KEY " + quote(key.get(1)) + " ON " + quote(key.get(0)) + " references another database"));
                return;
            }
            ForeignKey fk = new ForeignKey(key.get(1), rows.stream().map(r -> text(r, 2)).toList(), text(first, 4),
                    rows.stream().map(r -> text(r, 5)).toList(), text(first, 6), text(first, 7));
            foreignKeys.computeIfAbsent(key.get(0), t -> new ArrayList<>()).add(fk);
        });
        return foreignKeys;
    }
}
