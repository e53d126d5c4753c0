package dev.ferry.connection;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class MariaDbConnectionTest extends MySqlFamilyContractTest {

    @Override
    protected String engine() {
        return "mariadb";
    }
}
