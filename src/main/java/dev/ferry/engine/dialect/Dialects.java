package dev.ferry.engine.dialect;

import dev.ferry.engine.Engine;

/** The dialect of each engine. Dialects are stateless, so one instance of each serves everyone. */
public final class Dialects {

    private static final PostgresDialect POSTGRES = new PostgresDialect();
    private static final MySqlDialect MYSQL = new MySqlDialect();
    private static final MariaDbDialect MARIADB = new MariaDbDialect();
    private static final SqliteDialect SQLITE = new SqliteDialect();

    private Dialects() {
    }

    public static Dialect of(Engine engine) {
        return switch (engine) {
            case POSTGRESQL -> POSTGRES;
            case MYSQL -> MYSQL;
            case MARIADB -> MARIADB;
            case SQLITE -> SQLITE;
        };
    }

    public static SqliteDialect sqlite() {
        return SQLITE;
    }
}
