package dev.ferry.engine.dialect;

import dev.ferry.engine.model.DatabaseSchema;
import dev.ferry.engine.session.DbSession;

/** Reads the connected database (PostgreSQL: its current schema) into the neutral model. */
public interface SchemaReader {

    /**
     * Base tables with columns in declaration order, primary keys, unique constraints and
     * indexes, foreign keys (including self-references and cycles), estimated row counts; and
     * every other object (views, triggers, routines, enum types, sequences not owned by a
     * column, partitioned tables, generated columns are kept on their columns) as
     * {@link dev.ferry.engine.model.SchemaObject}s.
     */
    DatabaseSchema read(DbSession session);
}
