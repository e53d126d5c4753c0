package dev.ferry.copy;

import dev.ferry.engine.dialect.BulkBytes;
import dev.ferry.engine.dialect.BulkFormat;
import dev.ferry.engine.dialect.Dialect;
import dev.ferry.engine.dialect.FailureKind;
import dev.ferry.engine.session.BulkChannel;
import dev.ferry.engine.session.DbSession;
import dev.ferry.engine.session.SessionException;
import dev.ferry.engine.session.SessionSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
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
            Optional<BulkFormat> format = options.bulk() ? targetDialect.data().bulkFormat() : Optional.empty();
            BlockingQueue<StringBuilder> spareTexts = BulkPageWriter.spareBuffers();
            BlockingQueue<BulkBytes> spareBuffers = BulkPageWriter.spareBuffers();
            Optional<BulkFormat.BinaryForm> binary = format.flatMap(f -> f.binary(plan.target()));
            for (int i = 0; i < count; i++) {
                Optional<BulkChannel> channel = format.flatMap(f -> target.openBulk());
                if (channel.isEmpty()) {
                    writers.add(insertWriter(plan, pipeline));
                    continue;
                }
                BulkChannel bulk = channel.get();
                connections.add(bulk);
                targetDialect.data().bulkLoadSetup().forEach(bulk::execute);
                if (!accepts(bulk, format.get(), plan)) {
                    // The server refuses bulk loads (MySQL with local_infile off): every writer inserts.
                    listener.event("Bulk load refused by the target for " + plan.name() + "; loading with INSERT instead");
                    format = Optional.empty();
                    writers.add(bulk.session().map(session -> insertWriter(plan, pipeline, session))
                            .orElseGet(() -> insertWriter(plan, pipeline)));
                    continue;
                }
                writers.add(binary.isPresent()
                        ? BulkPageWriter.binary(plan, pipeline, binary.get(), bulk, spareBuffers)
                        : BulkPageWriter.text(plan, pipeline, format.get(), bulk, spareTexts));
            }
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Loads an empty page: a server that refuses the bulk path says so before any row is at stake. */
    private boolean accepts(BulkChannel bulk, BulkFormat format, TablePlan plan) {
        try {
            bulk.load(format, plan.target(), "");
            return true;
        } catch (SessionException e) {
            if (targetDialect.classify(e.sqlState(), e.vendorCode()) != FailureKind.BULK_LOAD_REFUSED) {
                throw e;
            }
            return false;
        }
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
