package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.Engine;

class MySqlBulkLoadTest extends BulkLoadContractTest {

    @Override
    protected Engine engine() {
        return Engine.MYSQL;
    }
}
