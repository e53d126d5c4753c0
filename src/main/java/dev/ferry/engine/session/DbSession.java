package dev.ferry.engine.session;

import dev.ferry.engine.Engine;

import java.util.List;
import java.util.function.IntSupplier;

/**
 * One open connection to a user database. Sessions block: use them only from worker threads
 * (jobs, the CLI), never from the event loop.
 *
 * <p>Values come back lightly normalised so that dialect decoders see few shapes: integers as
 * {@code Long} (or {@code BigDecimal} when the driver gives arbitrary precision), floating point
 * as {@code Double}, binary as {@code byte[]}, text as {@code String}, temporal values as
 * {@code java.time} objects where the driver decodes them. Parameters take the same shapes.
 */
public interface DbSession extends AutoCloseable {

    /** Receives the rows of a streamed query a chunk at a time; return false to stop early. */
    @FunctionalInterface
    interface RowSink {
        boolean accept(List<Object[]> rows) throws Exception;
    }

    Engine engine();

    List<Object[]> query(String sql, List<?> params);

    default List<Object[]> query(String sql) {
        return query(sql, List.of());
    }

    /** Rows of a query sent ahead; the session serves nothing else until they are taken. */
    @FunctionalInterface
    interface PendingRows {
        List<Object[]> take();
    }

    /**
     * Sends a query and answers at once, so that the caller works while the server answers (the
     * next page is read while this one is encoded). Sessions that cannot overlap run it here.
     */
    default PendingRows queryAhead(String sql, List<?> params) {
        List<Object[]> rows = query(sql, params);
        return () -> rows;
    }

    /** The first column of the first row, or null when there is none. */
    default Object queryValue(String sql, List<?> params) {
        List<Object[]> rows = query(sql, params);
        return rows.isEmpty() ? null : rows.get(0)[0];
    }

    /**
     * Streams a result through a server-side cursor, {@code chunkRows} rows at a time (asked again
     * before each chunk, so a caller can size chunks by what it has seen); must run inside a
     * transaction.
     */
    void stream(String sql, List<?> params, IntSupplier chunkRows, RowSink sink);

    /** Runs a statement and answers the number of rows it changed. */
    long update(String sql, List<?> params);

    default long update(String sql) {
        return update(sql, List.of());
    }

    /** Runs one statement once per parameter row, in the current transaction. */
    void batch(String sql, List<Object[]> rows);

    /** Starts a transaction with the engine's default isolation. */
    void begin();

    void commit();

    void rollback();

    @Override
    void close();
}
