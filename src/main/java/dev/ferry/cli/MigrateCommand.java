package dev.ferry.cli;

import dev.ferry.copy.TableReport;
import dev.ferry.engine.session.SessionSource;
import dev.ferry.migration.ColumnPolicy;
import dev.ferry.migration.MigrationConfig;
import dev.ferry.migration.MigrationOutcome;
import dev.ferry.migration.MigrationPlan;
import dev.ferry.migration.MigrationPlanner;
import dev.ferry.migration.MigrationRunner;
import dev.ferry.migration.MigrationSettings;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.Dependent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code ferry migrate}: one verified migration between two databases given by URL. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Copy schema and data from one database to another and verify the result.")
@RegisterForReflection
@Dependent
// Looked up by picocli through CDI at run time, which build-time bean removal cannot see.
@Unremovable
public class MigrateCommand implements Callable<Integer> {

    @Option(names = "--source", required = true, description = "postgresql://user[:pass]@host:port/db, mysql://…, mariadb://…, sqlite:///abs/path.db")
    String source;

    @Option(names = "--target", required = true, description = "Target database URL (a missing SQLite file is created)")
    String target;

    @Option(names = "--tables", split = ",", description = "Only these tables (comma separated)")
    List<String> tables = new ArrayList<>();

    @Option(names = "--include", defaultValue = "both", description = "schema, data or both (default: ${DEFAULT-VALUE})")
    String include;

    @Option(names = "--batch-size", description = "Rows per batch (default from ferry.migration.batch-size)")
    Integer batchSize;

    @Option(names = "--parallel", description = "Tables copied at once (default from ferry.migration.parallel-tables)")
    Integer parallel;

    @Option(names = "--force", description = "Drop and recreate target tables that already exist (only the migrated ones)")
    boolean force;

    @Option(names = "--verify", defaultValue = "count", description = "count or checksum (default: ${DEFAULT-VALUE})")
    String verify;

    @Option(names = "--policy", description = "table.column=null|widen|error for values the target cannot hold")
    Map<String, String> policies = new LinkedHashMap<>();

    @Option(names = "--dry-run", description = "Show the plan and preflight findings; write nothing")
    boolean dryRun;

    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation")
    boolean yes;

    private final MigrationConfig defaults;
    private final CliSessions sessions;

    public MigrateCommand(MigrationConfig defaults, CliSessions sessions) {
        this.defaults = defaults;
        this.sessions = sessions;
    }

    @Override
    public Integer call() {
        PrintStream out = System.out;
        MigrationSettings settings;
        try {
            settings = settings();
        } catch (IllegalArgumentException e) {
            System.err.println("ferry migrate: " + e.getMessage());
            return 2;
        }
        SessionSource from = null;
        SessionSource to;
        try {
            from = sessions.open("--source", source, false);
            to = sessions.open("--target", target, true);
        } catch (IllegalArgumentException e) {
            if (from != null) {
                from.close();
            }
            System.err.println("ferry migrate: " + e.getMessage());
            return 2;
        }
        try (SessionSource src = from; SessionSource dst = to) {
            MigrationPlan plan = new MigrationPlanner().plan(src, dst, settings, false);
            PlanPrinter.print(plan, out);
            if (dryRun) {
                return plan.runnable() ? 0 : 1;
            }
            if (!plan.runnable()) {
                System.err.println("ferry migrate: refused before writing: " + plan.blockingSummary());
                return 1;
            }
            if (!yes && !Confirm.ask("Migrate " + plan.tables().size() + " table(s) into " + plan.target() + "?")) {
                System.err.println("ferry migrate: not confirmed; nothing written (use --yes to skip the question)");
                return 1;
            }
            long estimated = plan.tables().stream().mapToLong(MigrationPlan.TableView::estimatedRows).sum();
            ConsoleProgress progress = new ConsoleProgress(out, System.console() != null, estimated);
            try {
                MigrationOutcome outcome = new MigrationRunner(defaults).run(src, dst, plan, settings, progress);
                progress.finish();
                SummaryPrinter.print(outcome.tables(), outcome.rowsMigrated(), outcome.elapsedMs(), out);
                return 0;
            } catch (MigrationRunner.VerificationFailedException e) {
                progress.finish();
                SummaryPrinter.print(e.outcome().tables(), e.outcome().rowsMigrated(), e.outcome().elapsedMs(), out);
                System.err.println("ferry migrate: " + e.getMessage());
                return 1;
            }
        } catch (RuntimeException e) {
            System.err.println("ferry migrate: " + CliErrors.describe(e));
            return 1;
        }
    }

    private MigrationSettings settings() {
        Map<String, ColumnPolicy> parsed = new LinkedHashMap<>();
        policies.forEach((column, policy) -> parsed.put(column, ColumnPolicy.valueOf(policy.toUpperCase(Locale.ROOT))));
        return new MigrationSettings(tables, MigrationSettings.Include.valueOf(include.toUpperCase(Locale.ROOT)),
                batchSize == null ? defaults.batchSize() : positive(batchSize, "--batch-size"),
                parallel == null ? defaults.parallelTables() : positive(parallel, "--parallel"), force,
                MigrationSettings.Verify.valueOf(verify.toUpperCase(Locale.ROOT)), parsed);
    }

    private static int positive(int value, String option) {
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be at least 1");
        }
        return value;
    }

    /** Only for the summary's "Elapsed" line. */
    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    static List<TableReport> sorted(List<TableReport> tables) {
        return tables.stream().sorted((a, b) -> a.table().compareTo(b.table())).toList();
    }
}
