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
import java.util.function.Function;

/**
 * The writers of one table, each on target connections of its own outside any pool (a bulk
 * channel where the target has a bulk path, a session otherwise), set up for bulk loading. The
 * connections close with the table, so their session settings need no undoing.
 */
final class TargetWriters implements AutoCloseable {

    private final List<AutoCloseable> connections = new CopyOnWriteArrayList<>();
    private final List<PageWriter> writers = new ArrayList<>();
    private Optional<TextRelay> relay = Optional.empty();

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

    /**
     * Opens {@code count} writers for the table, writers of {@code textRelay}'s pages where given
     * and the target takes bulk loads (then {@link #relay()} answers it); on failure, closes what it
     * opened.
     */
    TargetWriters open(TablePlan plan, ColumnPipeline pipeline, int count, Optional<TextRelay> textRelay) {
        try {
            Optional<BulkFormat> format = options.bulk() ? targetDialect.data().bulkFormat() : Optional.empty();
            // A relay exists only for a target with a bulk format (TextRelay#of).
            relay = textRelay;
            Optional<Function<BulkChannel, PageWriter>> bulkWriters = format.map(f -> relay.isPresent()
                    ? relay.get()::writer : bulkWriters(plan, pipeline, f));
            for (int i = 0; i < count; i++) {
                Optional<BulkChannel> channel = bulkWriters.flatMap(f -> target.openBulk());
                PageWriter writer;
                if (channel.isEmpty()) {
                    writer = insertWriter(plan, pipeline);
                } else if (readyForBulk(channel.get(), format.get(), plan)) {
                    writer = bulkWriters.get().apply(channel.get());
                } else {
                    // The server refuses bulk loads (MySQL with local_infile off): every writer inserts.
                    if (relay.isPresent() && !writers.isEmpty()) {
                        throw new IllegalStateException("The target took a bulk load on one connection and refused it on"
                                + " another while opening the writers of " + plan.name());
                    }
                    listener.event("Bulk load refused by the target for " + plan.name() + "; loading with INSERT instead");
                    bulkWriters = Optional.empty();
                    relay = Optional.empty();
                    writer = channel.get().session().map(session -> insertWriter(plan, pipeline, session))
                            .orElseGet(() -> insertWriter(plan, pipeline));
                }
                writers.add(new ConflictRetryingWriter(writer, targetDialect, listener, plan.name()));
            }
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Bulk writers of one form for the table (binary where every column has a binary field), sharing spare buffers. */
    private static Function<BulkChannel, PageWriter> bulkWriters(TablePlan plan, ColumnPipeline pipeline, BulkFormat format) {
        Optional<BulkFormat.BinaryForm> binary = format.binary(plan.target());
        if (binary.isPresent()) {
            BlockingQueue<BulkBytes> spare = BulkPageWriter.spareBuffers();
            return channel -> BulkPageWriter.binary(plan, pipeline, binary.get(), channel, spare);
        }
        BlockingQueue<StringBuilder> spare = BulkPageWriter.spareBuffers();
        return channel -> BulkPageWriter.text(plan, pipeline, format, channel, spare);
    }

    /**
     * Sets the channel up for loading, then loads an empty page: a server that refuses the bulk
     * path says so before any row is at stake.
     */
    private boolean readyForBulk(BulkChannel bulk, BulkFormat format, TablePlan plan) {
        connections.add(bulk);
        targetDialect.data().bulkLoadSetup().forEach(bulk::execute);
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

    /** The relay whose pages the writers load; empty when they load rows. */
    Optional<TextRelay> relay() {
        return relay;
    }

    /** The writers, each writing a page again when the target resolved a deadlock by rolling it back. */
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
