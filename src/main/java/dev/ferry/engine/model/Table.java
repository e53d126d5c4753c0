package dev.ferry.engine.model;

import java.util.List;
import java.util.Optional;

/** A base table: columns in declaration order, primary key (empty when none), indexes, foreign keys. */
public record Table(String name, List<Column> columns, List<String> primaryKey, List<Index> indexes,
                    List<ForeignKey> foreignKeys, long estimatedRows) {

    public Table {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        indexes = List.copyOf(indexes);
        foreignKeys = List.copyOf(foreignKeys);
    }

    public Optional<Column> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public boolean hasPrimaryKey() {
        return !primaryKey.isEmpty();
    }
}
