package dev.ferry.engine.model;

/**
 * Something in a database besides base tables: a view, trigger, routine, enum type, sequence,
 * partitioning. Migration reports each, carrying over only what the target can express.
 */
public record SchemaObject(Kind kind, String name, String definition) {

    public enum Kind { VIEW, TRIGGER, ROUTINE, ENUM_TYPE, DOMAIN, SEQUENCE, PARTITIONED_TABLE, EVENT, OTHER }
}
