package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.Engine;

class MySqlPreflightTest extends PreflightContractTest {

    @Override
    protected Engine engine() {
        return Engine.MYSQL;
    }
}
