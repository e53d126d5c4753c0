package dev.ferry.engine.dialect;

import dev.ferry.engine.Engine;

import java.util.HashMap;
import java.util.Map;

/** MariaDB: the MySQL dialect with MariaDB's own error numbers and table types. */
public class MariaDbDialect extends MySqlDialect {

    private static final Map<Integer, FailureKind> VENDOR_CODES;

    static {
        Map<Integer, FailureKind> codes = new HashMap<>(MYSQL_VENDOR_CODES);
        codes.put(4151, FailureKind.AUTHENTICATION); // ER_ACCOUNT_HAS_BEEN_LOCKED (MariaDB's number)
        VENDOR_CODES = Map.copyOf(codes);
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
