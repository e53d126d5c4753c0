package dev.ferry.engine.model;

import java.util.List;

/** A foreign key; actions are SQL keywords such as {@code CASCADE} or {@code NO ACTION}. */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                         String onDelete, String onUpdate) {
    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }
}
