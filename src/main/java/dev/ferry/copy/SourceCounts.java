package dev.ferry.copy;

import dev.ferry.engine.dialect.Dialect;
import dev.ferry.engine.session.DbSession;
import dev.ferry.engine.session.SessionSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The source's row counts for verification, taken on a thread of their own as soon as the rows
 * are copied: the source server scans while the target builds keys and indexes, instead of after.
 */
final class SourceCounts implements AutoCloseable {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ferry-source-counts");
        t.setDaemon(true);
        return t;
    });
    private final Future<Map<String, Long>> counts;

    /** {@code written} holds the rows copied per table: large tables are counted in key-range halves. */
    SourceCounts(SessionSource source, Dialect dialect, List<TablePlan> plans, Map<String, Long> written) {
        KeyRangeCounts counter = new KeyRangeCounts(dialect, source);
        counts = thread.submit(() -> {
            Map<String, Long> rows = new HashMap<>();
            try (DbSession session = source.open()) {
                for (TablePlan plan : plans) {
                    session.update(dialect.data().beginReadSnapshot());
                    try {
                        long expected = written.getOrDefault(plan.name(), 0L);
                        rows.put(plan.name(), counter.rows(session, plan.source(), expected));
                    } finally {
                        session.update("COMMIT");
                    }
                }
            }
            return rows;
        });
        thread.shutdown();
    }

    /** The table's source rows; waits for the count, and rethrows what stopped it. */
    long of(TablePlan plan) {
        try {
            return counts.get().get(plan.name());
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new CompletionException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while counting source rows", e);
        }
    }

    /** A run that stops early does not wait for counts it will not use. */
    @Override
    public void close() {
        counts.cancel(true);
    }
}
