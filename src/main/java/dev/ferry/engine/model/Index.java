package dev.ferry.engine.model;

import java.util.List;

/** A secondary index or unique constraint. */
public record Index(String name, List<String> columns, boolean unique) {
    public Index {
        columns = List.copyOf(columns);
    }
}
