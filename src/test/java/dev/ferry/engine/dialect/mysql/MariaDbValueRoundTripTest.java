package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.Engine;

class MariaDbValueRoundTripTest extends ValueRoundTripContractTest {

    @Override
    protected Engine engine() {
        return Engine.MARIADB;
    }
}
