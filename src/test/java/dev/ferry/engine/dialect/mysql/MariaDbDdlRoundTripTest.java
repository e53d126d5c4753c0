package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.Engine;

class MariaDbDdlRoundTripTest extends DdlRoundTripContractTest {

    @Override
    protected Engine engine() {
        return Engine.MARIADB;
    }
}
