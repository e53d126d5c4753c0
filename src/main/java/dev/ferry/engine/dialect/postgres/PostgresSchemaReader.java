package dev.ferry.engine.dialect.postgres;

import dev.ferry.engine.dialect.SchemaReader;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.ColumnType;
import dev.ferry.engine.model.DatabaseSchema;
import dev.ferry.engine.model.DefaultValue;
import dev.ferry.engine.model.ForeignKey;
import dev.ferry.engine.model.Index;
import dev.ferry.engine.model.SchemaObject;
import dev.ferry.engine.model.Table;
import dev.ferry.engine.session.DbSession;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the current schema ({@code current_schema()}) from the catalogs into the neutral model. */
public final class PostgresSchemaReader implements SchemaReader {

    private static final Map<String, String> ACTIONS = Map.of("a", "NO ACTION", "r", "RESTRICT", "c", "CASCADE",
            "n", "SET NULL", "d", "SET DEFAULT");

    /** A table while it is being assembled from several catalog queries. */
    private static final class Draft {
        final String name;
        final long estimatedRows;
        final List<Column> columns = new ArrayList<>();
        List<String> primaryKey = List.of();
        final List<Index> indexes = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();

        Draft(String name, long estimatedRows) {
            this.name = name;
            this.estimatedRows = estimatedRows;
        }

        Table build() {
            return new Table(name, columns, primaryKey, indexes, foreignKeys, estimatedRows);
        }
    }

    @Override
    public DatabaseSchema read(DbSession session) {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (Object[] row : session.query(PgCatalog.COLUMNS)) {
            Draft draft = drafts.computeIfAbsent((String) row[0], name -> new Draft(name, ((Number) row[1]).longValue()));
            draft.columns.add(column(row));
        }
        for (Object[] row : session.query(PgCatalog.PRIMARY_KEYS)) {
            withDraft(drafts, row, d -> d.primaryKey = strings(row[1]));
        }
        List<SchemaObject> objects = new ArrayList<>(PgObjects.read(session));
        for (Object[] row : session.query(PgCatalog.INDEXES)) {
            if (Boolean.TRUE.equals(row[3])) {
                withDraft(drafts, row, d -> d.indexes.add(new Index((String) row[1], strings(row[4]), (Boolean) row[2])));
            } else {
                objects.add(new SchemaObject(SchemaObject.Kind.OTHER, "index " + row[1], (String) row[5]));
            }
        }
        for (Object[] row : session.query(PgCatalog.FOREIGN_KEYS)) {
            withDraft(drafts, row, d -> d.foreignKeys.add(new ForeignKey((String) row[1], strings(row[2]),
                    (String) row[3], strings(row[4]), ACTIONS.get((String) row[5]), ACTIONS.get((String) row[6]))));
        }
        return new DatabaseSchema(drafts.values().stream().map(Draft::build).toList(), objects);
    }

    private static void withDraft(Map<String, Draft> drafts, Object[] row, java.util.function.Consumer<Draft> action) {
        Draft draft = drafts.get((String) row[0]);
        if (draft != null) {
            action.accept(draft);
        }
    }

    private static Column column(Object[] row) {
        String name = (String) row[2];
        List<String> members = row[10] == null ? List.of() : strings(row[10]);
        ColumnType type = PostgresTypes.read((String) row[3], (String) row[4], ((Number) row[5]).intValue(), members);
        boolean nullable = (Boolean) row[6];
        String defaultExpression = (String) row[7];
        String identity = (String) row[8];
        String generated = (String) row[9];
        if ("a".equals(identity) || "d".equals(identity)) {
            return new Column(name, type, nullable, null, "a".equals(identity)
                    ? Column.Generation.IDENTITY_ALWAYS : Column.Generation.IDENTITY_BY_DEFAULT, null);
        }
        if ("s".equals(generated)) {
            return new Column(name, type, nullable, null, Column.Generation.COMPUTED_STORED, defaultExpression);
        }
        // serial columns, and older dumps' nextval defaults on sequences no column owns
        if (PgDefaults.isSequenceDefault(defaultExpression)) {
            return new Column(name, type, nullable, null, Column.Generation.AUTO_INCREMENT, null);
        }
        DefaultValue defaultValue = PgDefaults.read(defaultExpression);
        return new Column(name, type, nullable, defaultValue, Column.Generation.NONE, null);
    }

    private static List<String> strings(Object array) {
        if (array instanceof Object[] values) {
            return Arrays.stream(values).map(String::valueOf).toList();
        }
        throw new IllegalStateException("Expected an array from the catalog, got " + array);
    }
}
