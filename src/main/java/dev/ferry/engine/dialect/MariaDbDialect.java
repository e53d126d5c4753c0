package dev.ferry.engine.dialect;

import dev.ferry.engine.Engine;
import dev.ferry.engine.dialect.mysql.MariaDbSchemaReader;
import dev.ferry.engine.dialect.mysql.MariaDbTypes;
import dev.ferry.engine.dialect.mysql.MySqlDdl;

import java.util.HashMap;
import java.util.Map;

/**
 * MariaDB: the MySQL dialect with MariaDB's own error numbers, table types (system-versioned
 * tables, sequences), types (UUID, INET4/INET6) and a NO PAD binary collation for created tables,
 * so that trailing spaces are significant in keys as on the other engines.
 */
public class MariaDbDialect extends MySqlDialect {

    private static final Map<Integer, FailureKind> VENDOR_CODES;

    static {
        Map<Integer, FailureKind> codes = new HashMap<>(MYSQL_VENDOR_CODES);
        codes.put(4151, FailureKind.AUTHENTICATION); // ER_ACCOUNT_HAS_BEEN_LOCKED (MariaDB's number)
        VENDOR_CODES = Map.copyOf(codes);
    }

    public MariaDbDialect() {
        this(new MariaDbTypes());
    }

    private MariaDbDialect(MariaDbTypes types) {
        super(types, new MariaDbSchemaReader(types), new MySqlDdl("utf8mb4_nopad_bin"));
    }

    @Override
    public Engine engine() {
        return Engine.MARIADB;
    }

    /** System-versioned tables hold data too; sequences are TABLE_TYPE 'SEQUENCE' and are left out. */
    @Override
    protected String baseTableTypes() {
        return "'BASE TABLE', 'SYSTEM VERSIONED'";
    }

    @Override
    protected Map<Integer, FailureKind> vendorCodes() {
        return VENDOR_CODES;
    }
}
