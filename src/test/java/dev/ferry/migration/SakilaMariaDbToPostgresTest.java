package dev.ferry.migration;

import dev.ferry.engine.Engine;

class SakilaMariaDbToPostgresTest extends SakilaMigrationContract {

    @Override
    protected Engine targetEngine() {
        return Engine.POSTGRESQL;
    }
}
