package dev.ferry.connection;

import dev.ferry.support.ConnectionFixtures;
import dev.ferry.support.TestDatabase;
import dev.ferry.support.TestDatabases;

import java.util.List;
import java.util.Map;

/** The contract against the MariaDB test server, spoken to as the engine the subclass names. */
abstract class MySqlFamilyContractTest extends ConnectionContractTest {

    private TestDatabase database;

    /** mysql or mariadb. */
    protected abstract String engine();

    @Override
    protected Map<String, Object> createDatabase() {
        database = TestDatabases.mariadb().createDatabase("ferry_conn_" + engine());
        return ConnectionFixtures.serverBody(engine(), database);
    }

    @Override
    protected void execute(List<String> statements) {
        database.execute(statements.toArray(String[]::new));
    }

    @Override
    protected void dropDatabase() {
        database.close();
    }

    @Override
    protected List<String> refreshStatistics() {
        return List.of("ANALYZE TABLE ferry_authors, ferry_books");
    }

    @Override
    protected String versionMarker() {
        return "MariaDB";
    }

    @Override
    protected String fixtureSchema() {
        return null;
    }

    @Override
    protected Map<String, Object> withRejectedCredentials(Map<String, Object> reachable) {
        return with(reachable, "password", "definitely-not-the-password");
    }

    @Override
    protected Map<String, Object> unreachable(Map<String, Object> reachable) {
        return with(reachable, "port", ConnectionFixtures.closedPort());
    }

    @Override
    protected String unreachableReason() {
        return "unreachable";
    }

    @Override
    protected Map<String, Object> withUnknownDatabase(Map<String, Object> reachable) {
        return with(reachable, "database", "ferry_missing_" + System.nanoTime());
    }
}
