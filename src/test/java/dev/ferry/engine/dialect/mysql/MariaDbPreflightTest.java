package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.Engine;

class MariaDbPreflightTest extends PreflightContractTest {

    @Override
    protected Engine engine() {
        return Engine.MARIADB;
    }
}
