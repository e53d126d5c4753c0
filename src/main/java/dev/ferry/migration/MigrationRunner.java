package dev.ferry.migration;

import dev.ferry.copy.CopyEngine;
import dev.ferry.copy.CopyListener;
import dev.ferry.copy.CopyOptions;
import dev.ferry.copy.CopyReport;
import dev.ferry.engine.dialect.Dialect;
import dev.ferry.engine.dialect.Dialects;
import dev.ferry.engine.model.SchemaObject;
import dev.ferry.engine.session.DbSession;
import dev.ferry.engine.session.SessionException;
import dev.ferry.engine.session.SessionSource;
import io.quarkus.runtime.ImageMode;
import io.quarkus.runtime.configuration.MemorySize;

import java.util.List;
import dev.ferry.error.FerryException;

/**
 * One migration from plan to verified result; shared by the job handler and the CLI so both
 * behave the same. Throws {@link MigrationBlockedException} before writing anything when the
 * plan cannot run.
 */
public final class MigrationRunner {

    /** Writers per table when configuration does not say (ferry.migration.writers-per-table). */
    public static final int DEFAULT_WRITERS_PER_TABLE = 2;

    /** Bytes of values per page on the JVM when configuration does not say (see MigrationConfig#pageBytes). */
    public static final long JVM_PAGE_BYTES = 4L << 20;

    /** Bytes of values per page in the native executable when configuration does not say. */
    public static final long NATIVE_PAGE_BYTES = 1L << 20;

    private final MigrationPlanner planner = new MigrationPlanner();
    private final int writersPerTable;
    private final long pageBytes;

    public MigrationRunner() {
        this(DEFAULT_WRITERS_PER_TABLE, defaultPageBytes());
    }

    public MigrationRunner(MigrationConfig config) {
        this(config.writersPerTable(),
                config.pageBytes().map(MemorySize::asLongValue).orElseGet(MigrationRunner::defaultPageBytes));
    }

    public MigrationRunner(int writersPerTable, long pageBytes) {
        this.writersPerTable = writersPerTable;
        this.pageBytes = pageBytes;
    }

    /** The page size measured fastest for the runtime this is (bench/results.md). */
    public static long defaultPageBytes() {
        return ImageMode.current() == ImageMode.NATIVE_RUN ? NATIVE_PAGE_BYTES : JVM_PAGE_BYTES;
    }

    public MigrationOutcome run(SessionSource source, SessionSource target, MigrationSettings settings,
                                CopyListener listener, boolean resuming) {
        listener.phase("preflight", 0, 1);
        return run(source, target, planner.plan(source, target, settings, resuming), settings, listener);
    }

    /** Runs a plan made moments ago (the CLI shows it before asking), without scanning the source again. */
    public MigrationOutcome run(SessionSource source, SessionSource target, MigrationPlan plan, MigrationSettings settings,
                                CopyListener listener) {
        if (!plan.runnable()) {
            throw new MigrationBlockedException(plan);
        }
        plan.findings().forEach(f -> listener.event(f.table() + "." + f.column() + ": " + f.count() + " value(s) "
                + f.rule().name().toLowerCase().replace('_', ' ') + " → " + f.policy().id()));
        CopyOptions options = new CopyOptions(settings.include().schema(), settings.include().data(),
                settings.batchSize(), pageBytes, settings.parallelTables(), writersPerTable, settings.force(),
                settings.verify() == MigrationSettings.Verify.CHECKSUM, true);
        CopyReport report = new CopyEngine(source, target, options, listener).run(plan.tablePlans());
        if (settings.include().schema()) {
            createObjects(plan, target, listener);
        }
        MigrationOutcome outcome = MigrationOutcome.of(plan, report);
        if (!outcome.verified()) {
            throw new VerificationFailedException(outcome);
        }
        return outcome;
    }

    /** Recreates what the plan said the target can express (enum types, views); failures are reported, not fatal. */
    private static void createObjects(MigrationPlan plan, SessionSource target, CopyListener listener) {
        Dialect dialect = Dialects.of(target.endpoint().engine());
        try (DbSession session = target.open()) {
            for (SchemaObject object : plan.carriedObjects()) {
                try {
                    for (String sql : dialect.ddl().createObject(object).orElse(List.of())) {
                        session.update(sql);
                    }
                } catch (SessionException e) {
                    listener.event(object.kind().name().toLowerCase() + " " + object.name() + " not recreated: "
                            + e.getMessage());
                }
            }
        }
    }

    /** The plan found values or tables that stop the migration before it writes anything. */
    public static final class MigrationBlockedException extends FerryException {
        private final transient MigrationPlan plan;

        MigrationBlockedException(MigrationPlan plan) {
            super(Kind.CONFLICT, "Migration refused before writing: " + plan.blockingSummary());
            this.plan = plan;
        }

        public MigrationPlan plan() {
            return plan;
        }
    }

    /** The copy ran but a check failed: the job must end failed, never completed. */
    public static final class VerificationFailedException extends RuntimeException {
        private final transient MigrationOutcome outcome;

        VerificationFailedException(MigrationOutcome outcome) {
            super("Verification failed: " + outcome.failedChecks());
            this.outcome = outcome;
        }

        public MigrationOutcome outcome() {
            return outcome;
        }
    }
}
