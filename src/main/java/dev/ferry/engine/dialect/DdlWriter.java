package dev.ferry.engine.dialect;

import dev.ferry.engine.model.Column;
import dev.ferry.engine.model.SchemaObject;
import dev.ferry.engine.model.Table;

import java.util.List;
import java.util.Optional;

/**
 * DDL for this engine from the neutral model. Tables given here already carry target types
 * ({@code ColumnType.nativeType} is the DDL type). Loading order: {@link #createTable}, rows,
 * {@link #createIndexes}, {@link #addForeignKeys}, {@link #resetAutoIncrement}.
 */
public interface DdlWriter {

    /**
     * CREATE TABLE with columns, defaults, auto-increment/identity and the primary key (plus any
     * type it needs first, e.g. a PostgreSQL enum type). Foreign keys only when the engine cannot
     * add them afterwards (SQLite), since loading happens with their checks off.
     */
    List<String> createTable(Table table);

    /**
     * The table as a bulk load wants it, completed by {@link #addPrimaryKeyAfterLoad} before the
     * other indexes: where building the key index once after the rows is much cheaper than keeping
     * it up to date row by row (PostgreSQL), the key comes later; elsewhere this is the table itself.
     */
    default List<String> createTableForLoad(Table table) {
        return createTable(table);
    }

    /** The primary key {@link #createTableForLoad} left out; idempotent, so a resumed run may repeat it. */
    default List<String> addPrimaryKeyAfterLoad(Table table) {
        return List.of();
    }

    /** Unique constraints and secondary indexes. */
    List<String> createIndexes(Table table);

    /** Foreign keys added after the data; empty where {@link #createTable} already declared them. */
    List<String> addForeignKeys(Table table);

    /** Drops the table (and what only it uses); no error when it does not exist. */
    List<String> dropTable(Table table);

    /** Makes the column's generator yield {@code nextValue} next (also for empty tables: 1). */
    List<String> resetAutoIncrement(Table table, Column column, long nextValue);

    /** A query whose single value is the next key the generator will yield, when it can be asked. */
    Optional<String> nextAutoIncrementValue(Table table, Column column);

    /** DDL recreating another object (a view or an enum type) when this engine can express it. */
    Optional<List<String>> createObject(SchemaObject object);
}
