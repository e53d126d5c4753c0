package dev.ferry.migration;

import dev.ferry.engine.Engine;

class WideRowsPostgresToMariaDbTest extends WideRowsMigrationContract {

    @Override
    protected Engine sourceEngine() {
        return Engine.POSTGRESQL;
    }

    @Override
    protected Engine targetEngine() {
        return Engine.MARIADB;
    }
}
