package dev.ferry.copy;

import dev.ferry.engine.dialect.BulkFormat;
import dev.ferry.engine.dialect.Dialect;
import dev.ferry.engine.session.BulkChannel;
import dev.ferry.engine.session.DbSession;
import dev.ferry.engine.session.SessionSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The writers of one table, each on target connections of its own outside any pool (a bulk
 * channel where the target has a bulk path, a session otherwise), set up for bulk loading. The
 * connections close with the table, so their session settings need no undoing.
 */
final class TargetWriters implements AutoCloseable {

    private final List<AutoCloseable> connections = new CopyOnWriteArrayList<>();
    private final List<PageWriter> writers = new ArrayList<>();

    private final SessionSource target;
    private final Dialect targetDialect;
    private final CopyOptions options;
    private final CopyListener listener;

    TargetWriters(SessionSource target, Dialect targetDialect, CopyOptions options, CopyListener listener) {
        this.target = target;
        this.targetDialect = targetDialect;
        this.options = options;
        this.listener = listener;
    }

    /** Opens {@code count} writers for the table; on failure, closes what it opened. */
    TargetWriters open(TablePlan plan, ColumnPipeline pipeline, int count) {
        try {
            for (int i = 0; i < count; i++) {
                writers.add(open(plan, pipeline));
            }
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private PageWriter open(TablePlan plan, ColumnPipeline pipeline) {
        Optional<BulkFormat> format = options.bulk() ? targetDialect.data().bulkFormat() : Optional.empty();
        Optional<BulkChannel> channel = format.flatMap(f -> target.openBulk());
        if (channel.isEmpty()) {
            return insertWriter(plan, pipeline);
        }
        BulkChannel bulk = channel.get();
        connections.add(bulk);
        targetDialect.data().bulkLoadSetup().forEach(bulk::execute);
        // The INSERT fallback (a server refusing bulk loads) reuses the channel's connection,
        // or connects only when it is needed.
        return new BulkPageWriter(plan, pipeline, targetDialect, format.get(), bulk,
                () -> bulk.session().map(session -> insertWriter(plan, pipeline, session))
                        .orElseGet(() -> insertWriter(plan, pipeline)), listener);
    }

    private synchronized PageWriter insertWriter(TablePlan plan, ColumnPipeline pipeline) {
        DbSession session = target.openDedicated();
        connections.add(session);
        targetDialect.data().bulkLoadSetup().forEach(session::update);
        return insertWriter(plan, pipeline, session);
    }

    private PageWriter insertWriter(TablePlan plan, ColumnPipeline pipeline, DbSession session) {
        return new InsertPageWriter(plan, pipeline, targetDialect.data(), session, options.batchSize());
    }

    List<PageWriter> writers() {
        return writers;
    }

    @Override
    public void close() {
        for (int i = connections.size() - 1; i >= 0; i--) {
            try {
                connections.get(i).close();
            } catch (Exception ignored) {
                // Closing is all that is left to do with it.
            }
        }
    }
}
