package dev.ferry.migration;

import dev.ferry.engine.Engine;

class WideRowsSqliteToMariaDbTest extends WideRowsMigrationContract {

    @Override
    protected Engine sourceEngine() {
        return Engine.SQLITE;
    }

    @Override
    protected Engine targetEngine() {
        return Engine.MARIADB;
    }
}
