package dev.ferry.migration;

import dev.ferry.engine.Engine;

class ChinookSqliteToPostgresTest extends ChinookMigrationContract {

    @Override
    protected Engine sourceEngine() {
        return Engine.SQLITE;
    }

    @Override
    protected Engine targetEngine() {
        return Engine.POSTGRESQL;
    }
}
