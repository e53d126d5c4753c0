package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.Engine;

class MySqlSampleDatabasesTest extends SampleDatabasesContractTest {

    @Override
    protected Engine engine() {
        return Engine.MYSQL;
    }
}
