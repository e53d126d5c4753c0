package dev.ferry.engine.session;

import dev.ferry.engine.dialect.BulkBytes;
import dev.ferry.engine.dialect.BulkFormat;
import dev.ferry.engine.model.Table;

import java.util.Optional;
import java.util.function.Consumer;

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

    /**
     * Loads one page of relay text (see {@link dev.ferry.engine.dialect.TextForm}), already UTF-8,
     * with {@code format}'s statement; answers the rows the server loaded. Only channels of
     * engines whose format accepts relay text implement it.
     */
    default long loadText(BulkFormat format, Table table, BulkBytes utf8Rows) {
        throw new UnsupportedOperationException("This bulk channel loads no relay text");
    }

    /**
     * Runs a text export statement ({@link dev.ferry.engine.dialect.TextExport#page}), handing each
     * row's bytes to {@code rows} as they arrive; answers the rows exported. Only channels of
     * engines with a text export implement it.
     */
    default long export(String statement, Consumer<byte[]> rows) {
        throw new UnsupportedOperationException("This bulk channel has no text export");
    }

    /** The channel's connection as a session, where it is one (the INSERT fallback then reuses it). */
    default Optional<DbSession> session() {
        return Optional.empty();
    }

    @Override
    void close();
}
