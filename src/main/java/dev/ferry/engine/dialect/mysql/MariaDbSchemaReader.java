package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.model.SchemaObject;

import java.util.Optional;

import static dev.ferry.engine.dialect.mysql.MySqlSql.quote;

/**
 * MariaDB's introspection: system-versioned tables are migrated (their current rows; the
 * history is listed as not migrated) and sequences are listed as sequences.
 */
public class MariaDbSchemaReader extends MySqlSchemaReader {

    private static final String SYSTEM_VERSIONED = "SYSTEM VERSIONED";

    public MariaDbSchemaReader(MySqlTypes types) {
        super(types);
    }

    @Override
    protected boolean isDataTable(String tableType) {
        return super.isDataTable(tableType) || SYSTEM_VERSIONED.equals(tableType);
    }

    @Override
    protected Optional<SchemaObject> tableTypeObject(String name, String tableType) {
        if (SYSTEM_VERSIONED.equals(tableType)) {
            return Optional.of(new SchemaObject(SchemaObject.Kind.OTHER, name,
                    "WITH SYSTEM VERSIONING on " + quote(name) + ": current rows are migrated, the history is not"));
        }
        if ("SEQUENCE".equals(tableType)) {
            return Optional.of(new SchemaObject(SchemaObject.Kind.SEQUENCE, name, "CREATE SEQUENCE " + quote(name)));
        }
        return super.tableTypeObject(name, tableType);
    }
}
