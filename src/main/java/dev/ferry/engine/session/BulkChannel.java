package dev.ferry.engine.session;

import dev.ferry.engine.dialect.BulkBytes;
import dev.ferry.engine.dialect.BulkFormat;
import dev.ferry.engine.model.Table;

import java.util.Optional;

/**
 * A connection that loads pages of rendered rows through the target's bulk path. Each
 * {@link #load} is atomic: when it returns the page is committed; when it throws, none of it is.
 * Blocks like a session: worker threads only.
 */
public interface BulkChannel extends AutoCloseable {

    /** Runs a session statement on this channel's connection (bulk-load settings and their undo). */
    void execute(String sql);

    /** Loads one page of rows rendered by {@code format}; answers the rows the server loaded. */
    long load(BulkFormat format, Table table, CharSequence rows);

    /**
     * Loads one page in the engine's binary bulk form ({@link BulkFormat.BinaryForm}) with
     * {@code statement}; answers the rows the server loaded. Only channels of engines with a
     * binary form implement it.
     */
    default long load(String statement, BulkBytes page) {
        throw new UnsupportedOperationException("This bulk channel has no binary form");
    }

    /** The channel's connection as a session, where it is one (the INSERT fallback then reuses it). */
    default Optional<DbSession> session() {
        return Optional.empty();
    }

    @Override
    void close();
}
