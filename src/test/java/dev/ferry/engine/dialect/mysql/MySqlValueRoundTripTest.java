package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.Engine;

class MySqlValueRoundTripTest extends ValueRoundTripContractTest {

    @Override
    protected Engine engine() {
        return Engine.MYSQL;
    }
}
