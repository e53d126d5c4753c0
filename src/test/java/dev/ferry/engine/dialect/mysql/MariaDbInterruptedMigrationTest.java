package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.Engine;

class MariaDbInterruptedMigrationTest extends InterruptedMigrationContractTest {

    @Override
    protected Engine engine() {
        return Engine.MARIADB;
    }
}
