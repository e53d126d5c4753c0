package dev.ferry.migration;

import dev.ferry.engine.Engine;

class WideRowsPostgresToSqliteTest extends WideRowsMigrationContract {

    @Override
    protected Engine sourceEngine() {
        return Engine.POSTGRESQL;
    }

    @Override
    protected Engine targetEngine() {
        return Engine.SQLITE;
    }
}
