package dev.ferry.migration;

import dev.ferry.engine.Engine;

class TorturePostgresToMariaDbTest extends TortureMigrationContract {

    @Override
    protected Engine sourceEngine() {
        return Engine.POSTGRESQL;
    }

    @Override
    protected Engine targetEngine() {
        return Engine.MARIADB;
    }
}
