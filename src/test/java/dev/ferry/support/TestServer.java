package dev.ferry.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A database server the tests may create databases on: the machine's own PostgreSQL or MariaDB,
 * or an embedded one when none is reachable (see {@link TestDatabases}).
 */
public record TestServer(String engine, String host, int port, String user, String password, String adminDatabase) {

    static {
        // DriverManager loads drivers once, through the context class loader of its first caller. When
        // that is a @QuarkusTest, plain JUnit tests later in the same JVM cannot see those drivers
        // ("No suitable driver") and would fall back to embedded servers: register them from here too.
        for (String driver : new String[] {"org.mariadb.jdbc.Driver", "org.postgresql.Driver"}) {
            try {
                Class.forName(driver, true, TestServer.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }

    public boolean isPostgres() {
        return engine.equals("postgresql");
    }

    public String jdbcUrl(String database) {
        return isPostgres()
                ? "jdbc:postgresql://" + host + ":" + port + "/" + database
                : "jdbc:mariadb://" + host + ":" + port + "/" + database;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user, password);
    }

    /** Creates a database with a unique name; close the result to drop it. */
    public TestDatabase createDatabase(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)).toLowerCase();
        execute("CREATE DATABASE " + name);
        return new TestDatabase(this, name);
    }

    void drop(String name) {
        execute(isPostgres() ? "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)" : "DROP DATABASE IF EXISTS " + name);
    }

    private void execute(String sql) {
        try (Connection c = connect(adminDatabase); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed on " + engine + " " + host + ":" + port, e);
        }
    }
}
