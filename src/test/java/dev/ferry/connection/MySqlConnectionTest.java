package dev.ferry.connection;

import io.quarkus.test.junit.QuarkusTest;

/** The MySQL engine (MySQL dialect and protocol) against the MariaDB test server, which speaks it. */
@QuarkusTest
class MySqlConnectionTest extends MySqlFamilyContractTest {

    @Override
    protected String engine() {
        return "mysql";
    }
}
