package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.Engine;

class MySqlInterruptedMigrationTest extends InterruptedMigrationContractTest {

    @Override
    protected Engine engine() {
        return Engine.MYSQL;
    }
}
