package dev.ferry.engine.dialect.mysql;

import dev.ferry.engine.Engine;

class MySqlTortureSchemaTest extends TortureSchemaContractTest {

    @Override
    protected Engine engine() {
        return Engine.MYSQL;
    }
}
