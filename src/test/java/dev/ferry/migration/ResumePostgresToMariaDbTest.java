package dev.ferry.migration;

import dev.ferry.engine.Engine;

class ResumePostgresToMariaDbTest extends ResumeMigrationContract {

    @Override
    protected Engine sourceEngine() {
        return Engine.POSTGRESQL;
    }

    @Override
    protected Engine targetEngine() {
        return Engine.MARIADB;
    }
}
