package dev.ferry.engine.dialect;

import dev.ferry.engine.Engine;

/**
 * Everything engine-specific about talking to a user database: SQL text and the meaning of the
 * engine's error codes. Services never hold SQL for user databases; they ask the dialect.
 */
public interface Dialect {

    Engine engine();

    /** Quotes an identifier (table, column, schema) so any name is taken literally. */
    String quote(String identifier);

    /** A table name, qualified by its schema when the engine has one and it is known. */
    default String qualifiedName(String schema, String table) {
        return schema == null ? quote(table) : quote(schema) + "." + quote(table);
    }

    /** One row, one column: the server's version. */
    String serverVersionSql();

    /**
     * The user tables of the connected database, one row each, ordered by schema and name, with
     * the columns {@code table_schema} (null where the engine has no schemas), {@code table_name},
     * {@code column_count} and {@code estimated_rows} (null when the engine keeps no estimate).
     */
    String listTablesSql();

    /** The exact number of rows of one table. */
    default String countRowsSql(String schema, String table) {
        return "SELECT COUNT(*) FROM " + qualifiedName(schema, table);
    }

    /** What a failure reported by the server or driver means, from its SQLSTATE and vendor code. */
    FailureKind classify(String sqlState, int vendorCode);

    /** This engine's migration capabilities; the accessors below read from it. */
    MigrationCapabilities migration();

    default SchemaReader schemaReader() {
        return migration().schemaReader();
    }

    default TypeTable types() {
        return migration().types();
    }

    default ValueCodec codec() {
        return migration().codec();
    }

    default DataSql data() {
        return migration().data();
    }

    default DdlWriter ddl() {
        return migration().ddl();
    }

    default PreflightSql preflight() {
        return migration().preflight();
    }
}
