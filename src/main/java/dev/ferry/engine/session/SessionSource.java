package dev.ferry.engine.session;

import dev.ferry.engine.Endpoint;

import java.util.Optional;

/** Hands out sessions to one database; closing it releases whatever it owns (a pool, a file). */
public interface SessionSource extends AutoCloseable {

    Endpoint endpoint();

    DbSession open();

    /**
     * A session on a connection of its own, outside any pool: for a writer that holds it for a whole
     * table, so that writers never exhaust the pool other work borrows from.
     */
    default DbSession openDedicated() {
        return open();
    }

    /** A channel for the engine's bulk-load path; empty where the engine loads fastest by INSERT. */
    default Optional<BulkChannel> openBulk() {
        return Optional.empty();
    }

    @Override
    void close();
}
