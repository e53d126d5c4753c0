package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.Engine;

class MariaDbDataSqlTest extends DataSqlContractTest {

    @Override
    protected Engine engine() {
        return Engine.MARIADB;
    }
}
