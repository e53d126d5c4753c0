package dev.ferry.engine.dialect;

import dev.ferry.engine.Engine;
import dev.ferry.engine.dialect.mysql.MySqlCodec;
import dev.ferry.engine.dialect.mysql.MySqlDataSql;
import dev.ferry.engine.dialect.mysql.MySqlDdl;
import dev.ferry.engine.dialect.mysql.MySqlPreflight;
import dev.ferry.engine.dialect.mysql.MySqlSchemaReader;
import dev.ferry.engine.dialect.mysql.MySqlTypes;

import java.util.Map;

/** MySQL; {@link MariaDbDialect} overrides what MariaDB does differently. */
public class MySqlDialect implements Dialect {

    /** Server error numbers (ER_*) that say why a connection or a statement was refused. */
    protected static final Map<Integer, FailureKind> MYSQL_VENDOR_CODES = Map.ofEntries(
            Map.entry(1045, FailureKind.AUTHENTICATION),       // ER_ACCESS_DENIED_ERROR
            Map.entry(1698, FailureKind.AUTHENTICATION),       // ER_ACCESS_DENIED_NO_PASSWORD_ERROR
            Map.entry(1251, FailureKind.AUTHENTICATION),       // ER_NOT_SUPPORTED_AUTH_MODE
            Map.entry(1862, FailureKind.AUTHENTICATION),       // ER_MUST_CHANGE_PASSWORD_LOGIN
            Map.entry(3118, FailureKind.AUTHENTICATION),       // ER_ACCOUNT_HAS_BEEN_LOCKED
            Map.entry(1049, FailureKind.UNKNOWN_DATABASE),     // ER_BAD_DB_ERROR
            Map.entry(1044, FailureKind.ACCESS_DENIED),        // ER_DBACCESS_DENIED_ERROR
            Map.entry(1130, FailureKind.ACCESS_DENIED),        // ER_HOST_NOT_PRIVILEGED
            Map.entry(1129, FailureKind.ACCESS_DENIED),        // ER_HOST_IS_BLOCKED
            Map.entry(1040, FailureKind.TOO_MANY_CONNECTIONS), // ER_CON_COUNT_ERROR
            Map.entry(1203, FailureKind.TOO_MANY_CONNECTIONS), // ER_TOO_MANY_USER_CONNECTIONS
            Map.entry(1053, FailureKind.SERVER_UNAVAILABLE),   // ER_SERVER_SHUTDOWN
            Map.entry(1213, FailureKind.CONFLICT),             // ER_LOCK_DEADLOCK (the transaction was rolled back)
            Map.entry(1148, FailureKind.BULK_LOAD_REFUSED),    // ER_NOT_ALLOWED_COMMAND (local_infile off)
            Map.entry(3948, FailureKind.BULK_LOAD_REFUSED),    // ER_CLIENT_LOCAL_FILES_DISABLED (MySQL 8)
            // MariaDB's ER_LOAD_INFILE_CAPABILITY_DISABLED, also seen through the MySQL protocol. Were
            // it another refusal on a MySQL server, the INSERT fallback reports the real failure.
            Map.entry(4166, FailureKind.BULK_LOAD_REFUSED));

    private final MigrationCapabilities migration;

    public MySqlDialect() {
        this(new MySqlTypes());
    }

    private MySqlDialect(MySqlTypes types) {
        this(types, new MySqlSchemaReader(types), new MySqlDdl());
    }

    /** For MariaDB: its own type rows, introspection and DDL; the rest is MySQL's. */
    protected MySqlDialect(MySqlTypes types, SchemaReader schemaReader, MySqlDdl ddl) {
        this.migration = new MigrationCapabilities(schemaReader, types, new MySqlCodec(), new MySqlDataSql(), ddl,
                new MySqlPreflight());
    }

    @Override
    public Engine engine() {
        return Engine.MYSQL;
    }

    @Override
    public String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }

    @Override
    public String serverVersionSql() {
        return "SELECT VERSION()";
    }

    /** Databases are MySQL's schemas, so table_schema stays null: the connection names the database. */
    @Override
    public String listTablesSql() {
        return """
                SELECT NULL AS table_schema,
                       t.TABLE_NAME AS table_name,
                       (SELECT COUNT(*) FROM information_schema.COLUMNS c
                         WHERE c.TABLE_SCHEMA = t.TABLE_SCHEMA AND c.TABLE_NAME = t.TABLE_NAME) AS column_count,
                       t.TABLE_ROWS AS estimated_rows
                  FROM information_schema.TABLES t
                 WHERE t.TABLE_SCHEMA = DATABASE()
                   AND t.TABLE_TYPE IN (%s)
                 ORDER BY t.TABLE_NAME""".formatted(baseTableTypes());
    }

    /** information_schema.TABLES.TABLE_TYPE values of tables holding data, as a SQL list. */
    protected String baseTableTypes() {
        return "'BASE TABLE'";
    }

    @Override
    public String qualifiedName(String schema, String table) {
        // The connection's database is the only schema this dialect lists.
        return quote(table);
    }

    @Override
    public FailureKind classify(String sqlState, int vendorCode) {
        FailureKind byCode = vendorCodes().get(vendorCode);
        if (byCode != null) {
            return byCode;
        }
        if (sqlState == null) {
            return FailureKind.OTHER;
        }
        if (sqlState.equals("28000")) {
            return FailureKind.AUTHENTICATION;
        }
        return sqlState.startsWith("08") ? FailureKind.UNREACHABLE : FailureKind.OTHER;
    }

    protected Map<Integer, FailureKind> vendorCodes() {
        return MYSQL_VENDOR_CODES;
    }

    @Override
    public MigrationCapabilities migration() {
        return migration;
    }
}
