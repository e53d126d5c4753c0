package dev.ferry.migration;

import dev.ferry.engine.Engine;

class ChinookMariaDbToSqliteTest extends ChinookMigrationContract {

    @Override
    protected Engine sourceEngine() {
        return Engine.MARIADB;
    }

    @Override
    protected Engine targetEngine() {
        return Engine.SQLITE;
    }
}
