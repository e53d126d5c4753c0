package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.Engine;

class MariaDbSampleDatabasesTest extends SampleDatabasesContractTest {

    @Override
    protected Engine engine() {
        return Engine.MARIADB;
    }
}
