package dev.ferry.migration;

import dev.ferry.engine.Engine;

class ResumeSqliteToPostgresTest extends ResumeMigrationContract {

    @Override
    protected Engine sourceEngine() {
        return Engine.SQLITE;
    }

    @Override
    protected Engine targetEngine() {
        return Engine.POSTGRESQL;
    }
}
