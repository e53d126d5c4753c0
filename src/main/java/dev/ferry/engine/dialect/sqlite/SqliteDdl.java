package dev.ferry.engine.dialect.sqlite;

import dev.ferry.engine.dialect.DdlWriter;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.ForeignKey;
import dev.ferry.engine.model.Index;
import dev.ferry.engine.model.LogicalType;
import dev.ferry.engine.model.SchemaObject;
import dev.ferry.engine.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.ferry.engine.dialect.sqlite.Identifiers.literal;
import static dev.ferry.engine.dialect.sqlite.Identifiers.quote;
import static dev.ferry.engine.dialect.sqlite.Identifiers.quoteAll;

/**
 * SQLite DDL. Foreign keys are declared in CREATE TABLE (SQLite cannot add them later; the load
 * runs with their checks off). A generated single-column integer key becomes
 * {@code INTEGER PRIMARY KEY AUTOINCREMENT}, whose counter lives in {@code sqlite_sequence} —
 * or a plain rowid alias when it was one in a SQLite source ({@link RowidAlias#PLAIN}). Generators
 * SQLite cannot express (part of a composite key, not a key) and computed columns become ordinary
 * columns that hold the copied values. Views and triggers are not recreated: their text is in the
 * source engine's dialect.
 */
public final class SqliteDdl implements DdlWriter {

    @Override
    public List<String> createTable(Table table) {
        List<String> parts = new ArrayList<>();
        for (Column column : table.columns()) {
            parts.add(columnDefinition(table, column));
        }
        if (table.hasPrimaryKey() && RowidAlias.column(table).isEmpty()) {
            parts.add("PRIMARY KEY (" + quoteAll(table.primaryKey()) + ")");
        }
        for (ForeignKey fk : table.foreignKeys()) {
            parts.add(foreignKey(fk));
        }
        return List.of("CREATE TABLE " + quote(table.name()) + " (\n    " + String.join(",\n    ", parts) + "\n)");
    }

    private static String columnDefinition(Table table, Column column) {
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ');
        boolean alias = RowidAlias.column(table).filter(column::equals).isPresent();
        if (alias) {
            // Exactly "INTEGER": any other spelling would not make the column the rowid.
            sql.append("INTEGER NOT NULL PRIMARY KEY");
            if (!RowidAlias.isPlain(column)) {
                sql.append(" AUTOINCREMENT");
            }
            return sql.toString();
        }
        sql.append(column.type().nativeType());
        if (!column.nullable()) {
            sql.append(" NOT NULL");
        }
        if (column.defaultValue() != null) {
            sql.append(" DEFAULT ").append(SqliteDefaults.write(column.defaultValue(), column.type().logical()));
        }
        if (column.type().logical() == LogicalType.ENUM && !column.type().members().isEmpty()) {
            sql.append(" CHECK (").append(quote(column.name())).append(" IN (")
                    .append(String.join(", ", column.type().members().stream().map(Identifiers::literal).toList()))
                    .append("))");
        }
        return sql.toString();
    }

    private static String foreignKey(ForeignKey fk) {
        StringBuilder sql = new StringBuilder();
        if (fk.name() != null) {
            sql.append("CONSTRAINT ").append(quote(fk.name())).append(' ');
        }
        sql.append("FOREIGN KEY (").append(quoteAll(fk.columns())).append(") REFERENCES ")
                .append(quote(fk.referencedTable())).append(" (").append(quoteAll(fk.referencedColumns())).append(')');
        if (fk.onDelete() != null) {
            sql.append(" ON DELETE ").append(fk.onDelete());
        }
        if (fk.onUpdate() != null) {
            sql.append(" ON UPDATE ").append(fk.onUpdate());
        }
        return sql.toString();
    }

    @Override
    public List<String> createIndexes(Table table) {
        List<String> statements = new ArrayList<>();
        for (Index index : table.indexes()) {
            String name = index.name() != null ? index.name()
                    : Identifiers.madeUp(index.unique() ? "uq" : "ix", table.name(), index.columns());
            statements.add("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + quote(name) + " ON "
                    + quote(table.name()) + " (" + quoteAll(index.columns()) + ")");
        }
        return statements;
    }

    @Override
    public List<String> addForeignKeys(Table table) {
        return List.of();
    }

    @Override
    public List<String> dropTable(Table table) {
        // Dropping also removes the table's sqlite_sequence row.
        return List.of("DROP TABLE IF EXISTS " + quote(table.name()));
    }

    /**
     * AUTOINCREMENT keys continue after {@code seq} in sqlite_sequence (the row is missing until the
     * first insert, so it is inserted when absent); a plain rowid continues after the largest one
     * by itself. Other generated columns have no generator in SQLite.
     */
    @Override
    public List<String> resetAutoIncrement(Table table, Column column, long nextValue) {
        if (!isAutoincrement(table, column)) {
            return List.of();
        }
        String name = literal(table.name());
        long seq = nextValue - 1;
        return List.of("UPDATE sqlite_sequence SET seq = " + seq + " WHERE name = " + name,
                "INSERT INTO sqlite_sequence (name, seq) SELECT " + name + ", " + seq
                        + " WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = " + name + ")");
    }

    @Override
    public Optional<String> nextAutoIncrementValue(Table table, Column column) {
        if (RowidAlias.column(table).filter(column::equals).isEmpty()) {
            return Optional.empty();
        }
        String maxRowid = "(SELECT MAX(rowid) FROM " + quote(table.name()) + ")";
        if (RowidAlias.isPlain(column)) {
            return Optional.of("SELECT COALESCE(" + maxRowid + ", 0) + 1");
        }
        return Optional.of("SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = " + literal(table.name())
                + "), 0), COALESCE(" + maxRowid + ", 0)) + 1");
    }

    private static boolean isAutoincrement(Table table, Column column) {
        return RowidAlias.column(table).filter(column::equals).isPresent() && !RowidAlias.isPlain(column);
    }

    @Override
    public Optional<List<String>> createObject(SchemaObject object) {
        return Optional.empty();
    }
}
