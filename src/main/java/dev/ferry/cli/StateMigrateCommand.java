package dev.ferry.cli;

import dev.ferry.connection.ConnectionUrl;
import dev.ferry.engine.Endpoint;
import dev.ferry.engine.Engine;
import dev.ferry.engine.SslMode;
import dev.ferry.engine.session.SessionSource;
import dev.ferry.engine.session.SqliteSessionSource;
import dev.ferry.migration.MigrationOutcome;
import dev.ferry.migration.MigrationRunner;
import dev.ferry.migration.MigrationSettings;
import dev.ferry.state.StateConfig;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.flyway.FlywayDataSource;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import org.flywaydb.core.Flyway;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code ferry state-migrate --target postgresql://…}: moves Ferry's own data from its embedded
 * SQLite file to PostgreSQL (schema by Flyway, rows by the copy engine, verified), so a team can
 * switch to several replicas with one command.
 */
@Command(name = "state-migrate", mixinStandardHelpOptions = true,
        description = "Move Ferry's own state from the embedded SQLite file to PostgreSQL.")
@RegisterForReflection
@Dependent
// Looked up by picocli through CDI at run time, which build-time bean removal cannot see.
@Unremovable
public class StateMigrateCommand implements Callable<Integer> {

    /** Flyway's own bookkeeping: written by Flyway on the target, never copied. */
    private static final String FLYWAY_HISTORY = "flyway_schema_history";

    @Option(names = "--target", required = true, description = "postgresql://user[:pass]@host:port/db")
    String target;

    @Option(names = "--force", description = "Replace Ferry data already in the target database")
    boolean force;

    private final StateConfig state;
    private final CliSessions sessions;
    private final InjectableInstance<Flyway> sourceFlyway;
    private final InjectableInstance<Flyway> targetFlyway;

    public StateMigrateCommand(StateConfig state, CliSessions sessions,
                               @FlywayDataSource("sqlite") InjectableInstance<Flyway> sourceFlyway,
                               @FlywayDataSource("pg") InjectableInstance<Flyway> targetFlyway) {
        this.state = state;
        this.sessions = sessions;
        this.sourceFlyway = sourceFlyway;
        this.targetFlyway = targetFlyway;
    }

    /**
     * Points the "pg" datasource at the target before Quarkus starts, so that Flyway migrates it
     * with the migrations built into Ferry. Called by {@link FerryMain}.
     */
    static void configure(String... args) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--target")) {
                try {
                    ConnectionUrl url = ConnectionUrl.parse(args[i + 1]);
                    int port = url.port() == null ? Engine.POSTGRESQL.defaultPort().orElseThrow() : url.port();
                    System.setProperty("quarkus.datasource.pg.jdbc.url",
                            "jdbc:postgresql://" + url.host() + ":" + port + "/" + url.database());
                    System.setProperty("quarkus.datasource.pg.username", url.username() == null ? "" : url.username());
                    System.setProperty("quarkus.datasource.pg.password", url.password() == null ? "" : url.password());
                } catch (IllegalArgumentException e) {
                    // The command itself reports the bad URL with the option's name.
                }
            }
        }
    }

    @Override
    public Integer call() {
        Path file = state.dataDir().resolve("ferry.db").toAbsolutePath();
        if (!Files.exists(file)) {
            System.err.println("ferry state-migrate: no state file at " + file + " (set FERRY_DATA_DIR)");
            return 2;
        }
        try (SessionSource to = sessions.open("--target", target, true)) {
            if (to.endpoint().engine() != Engine.POSTGRESQL) {
                System.err.println("ferry state-migrate: --target must be a postgresql:// URL");
                return 2;
            }
            sourceFlyway.get().migrate();
            targetFlyway.get().migrate();
            try (SessionSource from = new SqliteSessionSource(
                    new Endpoint(Engine.SQLITE, null, 0, file.toString(), null, null, SslMode.DISABLE))) {
                return copy(from, to);
            }
        } catch (RuntimeException e) {
            System.err.println("ferry state-migrate: " + CliErrors.describe(e));
            return 1;
        }
    }

    private int copy(SessionSource from, SessionSource to) {
        List<String> tables = StateTables.list(from, FLYWAY_HISTORY);
        var settings = new MigrationSettings(tables, MigrationSettings.Include.DATA, 1000, 1, force,
                MigrationSettings.Verify.CHECKSUM, Map.of());
        ConsoleProgress progress = new ConsoleProgress(System.out, System.console() != null, 1);
        try {
            MigrationOutcome outcome = new MigrationRunner().run(from, to, settings, progress, false);
            progress.finish();
            SummaryPrinter.print(outcome.tables(), outcome.rowsMigrated(), outcome.elapsedMs(), System.out);
            System.out.println("Ferry's state is now in " + to.endpoint().describe()
                    + ". Start Ferry with FERRY_STATE_URL=jdbc:postgresql://… to use it.");
            return 0;
        } catch (MigrationRunner.VerificationFailedException e) {
            progress.finish();
            System.err.println("ferry state-migrate: " + e.getMessage());
            return 1;
        }
    }
}
