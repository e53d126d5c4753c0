package dev.ferry.state;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.flyway.FlywayDataSource;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Ferry's own database: the embedded SQLite file unless a PostgreSQL URL is configured
 * ({@code FERRY_STATE_URL}), in which case the "pg" datasource is active and used instead.
 */
@ApplicationScoped
public class StateStore {

    private static final Logger LOG = Logger.getLogger(StateStore.class);

    public enum Kind { SQLITE, POSTGRESQL }

    private final StateConfig config;
    private final InjectableInstance<AgroalDataSource> sqlite;
    private final InjectableInstance<AgroalDataSource> pg;
    private final InjectableInstance<Flyway> sqliteFlyway;
    private final InjectableInstance<Flyway> pgFlyway;
    private Kind kind;
    private AgroalDataSource dataSource;

    public StateStore(StateConfig config,
                      @DataSource("sqlite") InjectableInstance<AgroalDataSource> sqlite,
                      @DataSource("pg") InjectableInstance<AgroalDataSource> pg,
                      @FlywayDataSource("sqlite") InjectableInstance<Flyway> sqliteFlyway,
                      @FlywayDataSource("pg") InjectableInstance<Flyway> pgFlyway) {
        this.config = config;
        this.sqlite = sqlite;
        this.pg = pg;
        this.sqliteFlyway = sqliteFlyway;
        this.pgFlyway = pgFlyway;
    }

    @PostConstruct
    void open() {
        if (pg.getHandle().getBean().isActive()) {
            kind = Kind.POSTGRESQL;
            dataSource = pg.get();
            pgFlyway.get().migrate();
        } else {
            kind = Kind.SQLITE;
            createDataDir();
            dataSource = sqlite.get();
            sqliteFlyway.get().migrate();
        }
        LOG.infof("State store: %s", kind == Kind.SQLITE
                ? "SQLite " + config.dataDir().resolve("ferry.db").toAbsolutePath()
                : "PostgreSQL");
    }

    private void createDataDir() {
        try {
            Files.createDirectories(config.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data directory " + config.dataDir().toAbsolutePath(), e);
        }
    }

    public Kind kind() {
        return kind;
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }
}
