package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.Engine;

class MySqlDataSqlTest extends DataSqlContractTest {

    @Override
    protected Engine engine() {
        return Engine.MYSQL;
    }
}
