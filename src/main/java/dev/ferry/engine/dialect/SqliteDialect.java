package dev.ferry.engine.dialect;

import dev.ferry.engine.Engine;
import dev.ferry.engine.dialect.sqlite.Identifiers;
import dev.ferry.engine.dialect.sqlite.SqliteCodec;
import dev.ferry.engine.dialect.sqlite.SqliteDataSql;
import dev.ferry.engine.dialect.sqlite.SqliteDdl;
import dev.ferry.engine.dialect.sqlite.SqlitePreflight;
import dev.ferry.engine.dialect.sqlite.SqliteSchemaReader;
import dev.ferry.engine.dialect.sqlite.SqliteTypes;

/**
 * SQLite. It keeps no row estimate unless ANALYZE filled {@code sqlite_stat1}, so listing tables
 * takes up to three statements: the list, the statistics when present, and exact counts otherwise.
 */
public class SqliteDialect implements Dialect {

    private final MigrationCapabilities migration = capabilities();

    @Override
    public Engine engine() {
        return Engine.SQLITE;
    }

    @Override
    public String quote(String identifier) {
        return Identifiers.quote(identifier);
    }

    @Override
    public String qualifiedName(String schema, String table) {
        return quote(table);
    }

    @Override
    public String serverVersionSql() {
        return "SELECT 'SQLite ' || sqlite_version()";
    }

    @Override
    public String listTablesSql() {
        return """
                SELECT NULL AS table_schema,
                       m.name AS table_name,
                       (SELECT COUNT(*) FROM pragma_table_info(m.name)) AS column_count,
                       NULL AS estimated_rows
                  FROM sqlite_master m
                 WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
                 ORDER BY m.name""";
    }

    /** One row with 1 when ANALYZE statistics exist, 0 otherwise. */
    public String statisticsPresentSql() {
        return "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'";
    }

    /**
     * Row estimates from ANALYZE: the first integer of each {@code stat} is the table's row count
     * (CAST keeps the leading integer of the text).
     */
    public String rowEstimatesSql() {
        return "SELECT tbl AS table_name, MAX(CAST(stat AS INTEGER)) AS estimated_rows FROM sqlite_stat1 GROUP BY tbl";
    }

    @Override
    public FailureKind classify(String sqlState, int vendorCode) {
        // sqlite-jdbc reports the result code; the low byte is the primary code (SQLITE_*).
        return switch (vendorCode & 0xff) {
            case 14 -> FailureKind.UNKNOWN_DATABASE;       // SQLITE_CANTOPEN
            case 26, 11 -> FailureKind.NOT_A_DATABASE;     // SQLITE_NOTADB, SQLITE_CORRUPT
            case 23 -> FailureKind.AUTHENTICATION;         // SQLITE_AUTH
            case 3, 8 -> FailureKind.ACCESS_DENIED;        // SQLITE_PERM, SQLITE_READONLY
            case 5, 6 -> FailureKind.SERVER_UNAVAILABLE;   // SQLITE_BUSY, SQLITE_LOCKED
            default -> FailureKind.OTHER;
        };
    }

    private MigrationCapabilities capabilities() {
        SqliteTypes types = new SqliteTypes();
        return new MigrationCapabilities(new SqliteSchemaReader(types, statisticsPresentSql(), rowEstimatesSql()), types,
                new SqliteCodec(), new SqliteDataSql(), new SqliteDdl(), new SqlitePreflight());
    }

    @Override
    public MigrationCapabilities migration() {
        return migration;
    }
}
