package dev.ferry.migration;

import dev.ferry.engine.Engine;

class ResumeMariaDbToSqliteTest extends ResumeMigrationContract {

    @Override
    protected Engine sourceEngine() {
        return Engine.MARIADB;
    }

    @Override
    protected Engine targetEngine() {
        return Engine.SQLITE;
    }
}
