package dev.ferry.migration;

import dev.ferry.engine.Engine;

class SakilaMariaDbToSqliteTest extends SakilaMigrationContract {

    @Override
    protected Engine targetEngine() {
        return Engine.SQLITE;
    }
}
