package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.Engine;

class MySqlDdlRoundTripTest extends DdlRoundTripContractTest {

    @Override
    protected Engine engine() {
        return Engine.MYSQL;
    }
}
