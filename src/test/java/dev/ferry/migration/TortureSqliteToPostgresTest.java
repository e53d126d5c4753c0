package dev.ferry.migration;

import dev.ferry.engine.Engine;

class TortureSqliteToPostgresTest extends TortureMigrationContract {

    @Override
    protected Engine sourceEngine() {
        return Engine.SQLITE;
    }

    @Override
    protected Engine targetEngine() {
        return Engine.POSTGRESQL;
    }
}
