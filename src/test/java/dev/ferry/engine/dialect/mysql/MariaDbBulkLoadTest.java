package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.Engine;

class MariaDbBulkLoadTest extends BulkLoadContractTest {

    @Override
    protected Engine engine() {
        return Engine.MARIADB;
    }
}
