package dev.ferry.engine.dialect;

import dev.ferry.engine.Engine;
import dev.ferry.engine.dialect.postgres.PostgresCodec;
import dev.ferry.engine.dialect.postgres.PostgresDataSql;
import dev.ferry.engine.dialect.postgres.PostgresDdl;
import dev.ferry.engine.dialect.postgres.PostgresPreflight;
import dev.ferry.engine.dialect.postgres.PostgresSchemaReader;
import dev.ferry.engine.dialect.postgres.PostgresTypes;

/** PostgreSQL. */
public class PostgresDialect implements Dialect {

    private static final MigrationCapabilities MIGRATION = new MigrationCapabilities(new PostgresSchemaReader(),
            new PostgresTypes(), new PostgresCodec(), new PostgresDataSql(), new PostgresDdl(), new PostgresPreflight());

    // Partitions are listed through their parent; reltuples is -1 until the table was analysed.
    private static final String LIST_TABLES = """
            SELECT n.nspname AS table_schema,
                   c.relname AS table_name,
                   (SELECT COUNT(*) FROM pg_attribute a
                     WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS column_count,
                   CASE WHEN c.reltuples < 0 THEN NULL ELSE CAST(c.reltuples AS BIGINT) END AS estimated_rows
              FROM pg_class c
              JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relkind IN ('r', 'p')
               AND NOT c.relispartition
               AND n.nspname NOT IN ('pg_catalog', 'information_schema')
               AND n.nspname NOT LIKE 'pg\\_toast%'
               AND n.nspname NOT LIKE 'pg\\_temp\\_%'
             ORDER BY n.nspname, c.relname""";

    @Override
    public Engine engine() {
        return Engine.POSTGRESQL;
    }

    @Override
    public String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    @Override
    public String serverVersionSql() {
        return "SELECT 'PostgreSQL ' || current_setting('server_version')";
    }

    @Override
    public String listTablesSql() {
        return LIST_TABLES;
    }

    @Override
    public FailureKind classify(String sqlState, int vendorCode) {
        if (sqlState == null) {
            return FailureKind.OTHER;
        }
        return switch (sqlState) {
            // invalid_password; invalid_authorization_specification (unknown role, no pg_hba entry)
            case "28P01", "28000" -> FailureKind.AUTHENTICATION;
            case "3D000" -> FailureKind.UNKNOWN_DATABASE;
            case "42501" -> FailureKind.ACCESS_DENIED;
            case "40001", "40P01" -> FailureKind.CONFLICT;   // serialization_failure, deadlock_detected
            case "53300" -> FailureKind.TOO_MANY_CONNECTIONS;
            case "57P01", "57P02", "57P03" -> FailureKind.SERVER_UNAVAILABLE;
            default -> sqlState.startsWith("08") ? FailureKind.UNREACHABLE : FailureKind.OTHER;
        };
    }

    @Override
    public MigrationCapabilities migration() {
        return MIGRATION;
    }
}
