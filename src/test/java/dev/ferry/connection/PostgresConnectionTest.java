package dev.ferry.connection;

import dev.ferry.support.ConnectionFixtures;
import dev.ferry.support.TestDatabase;
import dev.ferry.support.TestDatabases;
import io.quarkus.test.junit.QuarkusTest;

import java.util.List;
import java.util.Map;

@QuarkusTest
class PostgresConnectionTest extends ConnectionContractTest {

    private TestDatabase database;

    @Override
    protected Map<String, Object> createDatabase() {
        database = TestDatabases.postgres().createDatabase("ferry_conn");
        return ConnectionFixtures.serverBody("postgresql", database);
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
        return List.of("ANALYZE");
    }

    @Override
    protected String versionMarker() {
        return "PostgreSQL";
    }

    @Override
    protected String fixtureSchema() {
        return "public";
    }

    /**
     * The local test server trusts 127.0.0.1 (any password passes), so the refused login is a role
     * that does not exist: SQLSTATE 28000 under trust, 28P01 under password authentication.
     */
    @Override
    protected Map<String, Object> withRejectedCredentials(Map<String, Object> reachable) {
        return with(reachable, "username", "ferry_no_such_role", "password", "wrong-password");
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
