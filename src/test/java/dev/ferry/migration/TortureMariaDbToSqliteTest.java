package dev.ferry.migration;

import dev.ferry.engine.Engine;

import java.util.Map;

class TortureMariaDbToSqliteTest extends TortureMigrationContract {

    @Override
    protected Engine sourceEngine() {
        return Engine.MARIADB;
    }

    @Override
    protected Engine targetEngine() {
        return Engine.SQLITE;
    }

    /** SQLite integers stop at 2^63-1: the BIGINT UNSIGNED maximum needs a wider (exact decimal) column. */
    @Override
    protected Map<String, ColumnPolicy> policies() {
        return Map.of("order.bu", ColumnPolicy.WIDEN);
    }
}
