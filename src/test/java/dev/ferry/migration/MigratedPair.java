package dev.ferry.migration;

import dev.ferry.engine.Engine;
import dev.ferry.engine.session.SessionSource;
import dev.ferry.support.MemoryCopyListener;
import io.vertx.mutiny.core.Vertx;

import java.util.List;
import java.util.Map;

/** A source and a target database, and the outcome of migrating one into the other with checksums. */
final class MigratedPair implements AutoCloseable {

    final Vertx vertx = Vertx.vertx();
    final Side source;
    final Side target;
    final SessionSource sourceSessions;
    final SessionSource targetSessions;
    final MigrationOutcome outcome;
    /** The events the migration reported. */
    final List<String> events;

    MigratedPair(Side source, Engine targetEngine, int batchSize, Map<String, ColumnPolicy> policies) {
        this.source = source;
        this.target = Side.create(targetEngine, null);
        this.sourceSessions = source.sessions(vertx);
        this.targetSessions = target.sessions(vertx);
        var settings = new MigrationSettings(List.of(), MigrationSettings.Include.BOTH, batchSize, 2, false,
                MigrationSettings.Verify.CHECKSUM, policies);
        MemoryCopyListener listener = new MemoryCopyListener();
        try {
            this.outcome = new MigrationRunner().run(sourceSessions, targetSessions, settings, listener, false);
        } catch (RuntimeException e) {
            // The caller gets no pair to close: drop both databases before reporting the failure.
            closeQuietly(e);
            throw e;
        }
        this.events = List.copyOf(listener.events());
    }

    private void closeQuietly(RuntimeException failure) {
        try {
            close();
        } catch (Exception e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public void close() throws Exception {
        sourceSessions.close();
        targetSessions.close();
        source.close();
        target.close();
        vertx.closeAndAwait();
    }
}
