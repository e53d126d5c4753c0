package dev.ferry.copy;

import dev.ferry.engine.dialect.Dialect;
import dev.ferry.engine.dialect.Dialects;
import dev.ferry.engine.model.Column;
import dev.ferry.engine.session.DbSession;
import dev.ferry.engine.session.SessionSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a planned migration in the order that keeps the target consistent and fast to load:
 * tables (no foreign keys), rows (tables in parallel, each from one consistent snapshot),
 * indexes and unique constraints, foreign keys, generators moved past the maximum key, then
 * verification (the source is counted while the target builds its indexes). Every step is
 * checkpointed, so running it again after a failure resumes.
 */
public final class CopyEngine {

    private final SessionSource source;
    private final SessionSource target;
    private final Dialect sourceDialect;
    private final Dialect targetDialect;
    private final CopyOptions options;
    private final CopyListener listener;

    public CopyEngine(SessionSource source, SessionSource target, CopyOptions options, CopyListener listener) {
        this.source = source;
        this.target = target;
        this.sourceDialect = Dialects.of(source.endpoint().engine());
        this.targetDialect = Dialects.of(target.endpoint().engine());
        this.options = options;
        this.listener = listener;
    }

    public CopyReport run(List<TablePlan> plans) {
        long started = System.currentTimeMillis();
        Map<String, Long> written = new ConcurrentHashMap<>();
        Map<String, Long> durations = new ConcurrentHashMap<>();
        if (options.schema()) {
            onTarget("tables", plans, (plan, dst) -> {
                if (options.force()) {
                    run(dst, targetDialect.ddl().dropTable(plan.target()));
                }
                run(dst, targetDialect.ddl().createTableForLoad(plan.target()));
            });
        }
        if (options.data()) {
            copyRows(plans, written, durations);
        }
        List<TableReport> reports;
        try (SourceCounts sourceCounts = new SourceCounts(source, sourceDialect, plans, written)) {
            if (options.schema()) {
                onTarget("indexes", plans, (plan, dst) -> {
                    run(dst, targetDialect.ddl().addPrimaryKeyAfterLoad(plan.target()));
                    run(dst, targetDialect.ddl().createIndexes(plan.target()));
                });
                onTarget("foreign-keys", plans, (plan, dst) -> run(dst, targetDialect.ddl().addForeignKeys(plan.target())));
            }
            onTarget("sequences", plans, this::resetGenerators);
            reports = verify(plans, written, durations, sourceCounts);
        }
        long total = written.values().stream().mapToLong(Long::longValue).sum();
        return new CopyReport(reports, total, System.currentTimeMillis() - started);
    }

    private interface TargetStep {
        void apply(TablePlan plan, DbSession target);
    }

    /** Runs one DDL step per table on the target, skipping tables a previous run already did. */
    private void onTarget(String phase, List<TablePlan> plans, TargetStep step) {
        try (DbSession dst = target.open()) {
            for (int i = 0; i < plans.size(); i++) {
                TablePlan plan = plans.get(i);
                listener.phase(phase, i, plans.size());
                String key = phase + ":" + plan.name();
                if (listener.loadCheckpoint(key).isPresent()) {
                    continue;
                }
                step.apply(plan, dst);
                listener.saveCheckpoint(key, "done");
                listener.throwIfCancelled();
            }
            listener.phase(phase, plans.size(), plans.size());
        }
    }

    private void copyRows(List<TablePlan> plans, Map<String, Long> written, Map<String, Long> durations) {
        listener.phase("data", 0, plans.size());
        try (DbSession holder = source.open()) {
            holder.update(sourceDialect.data().beginReadSnapshot());
            Optional<String> snapshot = sourceDialect.data().exportSnapshot()
                    .map(sql -> String.valueOf(holder.queryValue(sql, List.of())));
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.parallelTables(), Math.max(1, plans.size())));
            try {
                List<Future<?>> futures = new ArrayList<>();
                int[] done = {0};
                for (TablePlan plan : plans) {
                    futures.add(pool.submit(() -> {
                        long start = System.currentTimeMillis();
                        written.put(plan.name(), copyTable(plan, snapshot));
                        durations.put(plan.name(), System.currentTimeMillis() - start);
                        synchronized (done) {
                            listener.phase("data", ++done[0], plans.size());
                        }
                        return null;
                    }));
                }
                awaitAll(futures);
            } finally {
                pool.shutdownNow();
                holder.update("COMMIT");
            }
        }
    }

    private long copyTable(TablePlan plan, Optional<String> snapshot) {
        TableCopier copier = new TableCopier(plan, sourceDialect, targetDialect, listener, options.batchSize(),
                options.pageBytes());
        int writerCount = Math.min(options.writersPerTable(), targetDialect.data().maxConcurrentWriters());
        Optional<TextRelay> relay = TextRelay.of(plan, sourceDialect, targetDialect, options);
        try (DbSession src = source.open(); DbSession dst = target.open();
             TargetWriters writers = new TargetWriters(target, targetDialect, options, listener)
                     .open(plan, copier.pipeline(), writerCount, relay);
             TextRelay.Reader relayReader = writers.relay().map(r -> r.open(source, sourceDialect, snapshot)).orElse(null)) {
            src.update(sourceDialect.data().beginReadSnapshot());
            snapshot.flatMap(id -> sourceDialect.data().importSnapshot(id)).ifPresent(src::update);
            run(dst, targetDialect.data().bulkLoadSetup());
            if (relayReader != null) {
                listener.event(plan.name() + ": rows relayed as text from the source's export to the target's bulk load");
            }
            try {
                return copier.copy(src, dst, writers.writers(), Optional.ofNullable(relayReader));
            } finally {
                src.update("COMMIT");
                run(dst, targetDialect.data().bulkLoadTeardown());
            }
        }
    }

    private void resetGenerators(TablePlan plan, DbSession dst) {
        for (Column column : plan.target().columns()) {
            if (column.isAutoGenerated()) {
                Object max = dst.queryValue(targetDialect.data().max(plan.target(), column), List.of());
                long next = max == null ? 1 : ((Number) max).longValue() + 1;
                run(dst, targetDialect.ddl().resetAutoIncrement(plan.target(), column, next));
            }
        }
    }

    private List<TableReport> verify(List<TablePlan> plans, Map<String, Long> written, Map<String, Long> durations,
                                     SourceCounts sourceCounts) {
        List<TableReport> reports = new ArrayList<>();
        try (DbSession src = source.open(); DbSession dst = target.open()) {
            for (int i = 0; i < plans.size(); i++) {
                listener.phase("verify", i, plans.size());
                reports.add(verifyTable(plans.get(i), src, dst, written, durations, sourceCounts));
                listener.throwIfCancelled();
            }
        }
        listener.phase("verify", plans.size(), plans.size());
        return reports;
    }

    private TableReport verifyTable(TablePlan plan, DbSession src, DbSession dst, Map<String, Long> written,
                                    Map<String, Long> durations, SourceCounts sourceCounts) {
        TableVerifier verifier = new TableVerifier(plan, sourceDialect, targetDialect, options.batchSize(),
                options.pageBytes());
        // Both sides read inside a transaction: cursors (tables without a key) need one.
        src.update(sourceDialect.data().beginReadSnapshot());
        dst.update(targetDialect.data().beginReadSnapshot());
        try {
            long targetRows = verifier.targetCount(dst, target, written.getOrDefault(plan.name(), 0L));
            long sourceRows = sourceCounts.of(plan);
            List<Check> checks = new ArrayList<>();
            checks.add(verifier.rowCount(sourceRows, targetRows));
            long[] verified = {sourceRows == targetRows ? targetRows : 0};
            if (options.checksum()) {
                verified[0] = 0;
                checks.add(verifier.checksums(src, dst, verified));
            }
            checks.addAll(verifier.orphans(dst));
            checks.addAll(verifier.generators(dst));
            long rowsWritten = written.getOrDefault(plan.name(), targetRows);
            return new TableReport(plan.name(), sourceRows, rowsWritten, verified[0],
                    durations.getOrDefault(plan.name(), 0L), checks);
        } finally {
            src.update("COMMIT");
            dst.update("COMMIT");
        }
    }

    private static void run(DbSession session, List<String> statements) {
        for (String sql : statements) {
            session.update(sql);
        }
    }

    private static void awaitAll(List<Future<?>> futures) {
        RuntimeException failure = null;
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                    futures.forEach(f -> f.cancel(true));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while copying", e);
            } catch (java.util.concurrent.CancellationException ignored) {
                // Cancelled because another table failed; that failure is reported.
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
