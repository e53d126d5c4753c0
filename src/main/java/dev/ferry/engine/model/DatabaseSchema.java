package dev.ferry.engine.model;

import java.util.List;
import java.util.Optional;

/** What introspection read from one database. */
public record DatabaseSchema(List<Table> tables, List<SchemaObject> otherObjects) {

    public DatabaseSchema {
        tables = List.copyOf(tables);
        otherObjects = List.copyOf(otherObjects);
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
