package dev.ferry.migration;

import dev.ferry.engine.Engine;

class TortureSqliteToMariaDbTest extends TortureMigrationContract {

    @Override
    protected Engine sourceEngine() {
        return Engine.SQLITE;
    }

    @Override
    protected Engine targetEngine() {
        return Engine.MARIADB;
    }
}
