package dev.ferry.migration;

import dev.ferry.engine.Engine;

class WideRowsMariaDbToPostgresTest extends WideRowsMigrationContract {

    @Override
    protected Engine sourceEngine() {
        return Engine.MARIADB;
    }

    @Override
    protected Engine targetEngine() {
        return Engine.POSTGRESQL;
    }
}
