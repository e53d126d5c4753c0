package dev.ferry.migration;

import dev.ferry.engine.Engine;

class TortureMariaDbToPostgresTest extends TortureMigrationContract {

    @Override
    protected Engine sourceEngine() {
        return Engine.MARIADB;
    }

    @Override
    protected Engine targetEngine() {
        return Engine.POSTGRESQL;
    }
}
