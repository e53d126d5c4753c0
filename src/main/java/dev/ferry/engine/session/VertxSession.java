package dev.ferry.engine.session;

import dev.ferry.engine.Engine;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Cursor;
import io.vertx.mutiny.sqlclient.PreparedStatement;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.mysqlclient.MySQLException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.data.Numeric;
import io.smallrye.mutiny.Uni;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntSupplier;

/** A session on one Vert.x reactive connection (PostgreSQL, MySQL, MariaDB), awaited on a worker thread. */
final class VertxSession implements DbSession {

    private final Engine engine;
    private final SqlConnection connection;
    private final Duration timeout;

    VertxSession(Engine engine, SqlConnection connection, Duration timeout) {
        this.engine = engine;
        this.connection = connection;
        this.timeout = timeout;
    }

    @Override
    public Engine engine() {
        return engine;
    }

    @Override
    public List<Object[]> query(String sql, List<?> params) {
        return toRows(run(sql, params));
    }

    @Override
    public PendingRows queryAhead(String sql, List<?> params) {
        CompletableFuture<RowSet<Row>> sent = execute(sql, params).subscribeAsCompletionStage();
        return () -> toRows(await(Uni.createFrom().completionStage(sent), sql));
    }

    @Override
    public void stream(String sql, List<?> params, IntSupplier chunkRows, RowSink sink) {
        PreparedStatement statement = await(connection.prepare(sql), sql);
        Cursor cursor = statement.cursor(tuple(params));
        try {
            boolean more = true;
            while (more) {
                List<Object[]> rows = toRows(await(cursor.read(chunkRows.getAsInt()), sql));
                // The last chunk arrives with hasMore() false and must still reach the sink.
                boolean accepted = rows.isEmpty() || sink.accept(rows);
                more = accepted && cursor.hasMore();
            }
        } catch (SessionException e) {
            throw e;
        } catch (Exception e) {
            throw new SessionException(e.getMessage(), null, 0, e);
        } finally {
            await(cursor.close(), "close cursor");
            await(statement.close(), "close statement");
        }
    }

    @Override
    public long update(String sql, List<?> params) {
        return run(sql, params).rowCount();
    }

    @Override
    public void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Tuple> tuples = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            tuples.add(tuple(List.of(row)));
        }
        await(connection.preparedQuery(sql).executeBatch(tuples), sql);
    }

    @Override
    public void begin() {
        update("BEGIN");
    }

    @Override
    public void commit() {
        update("COMMIT");
    }

    @Override
    public void rollback() {
        update("ROLLBACK");
    }

    @Override
    public void close() {
        try {
            // Pooled connections outlive the session: never hand one back inside a transaction.
            update("ROLLBACK");
        } catch (SessionException ignored) {
            // The connection may be broken; closing it is all that is left to do.
        } finally {
            connection.closeAndAwait();
        }
    }

    private RowSet<Row> run(String sql, List<?> params) {
        return await(execute(sql, params), sql);
    }

    private Uni<RowSet<Row>> execute(String sql, List<?> params) {
        // The simple protocol carries statements the extended one refuses (BEGIN ... SNAPSHOT, SET ...).
        return params.isEmpty() ? connection.query(sql).execute() : connection.preparedQuery(sql).execute(tuple(params));
    }

    private <T> T await(Uni<T> uni, String what) {
        try {
            return uni.await().atMost(timeout);
        } catch (PgException e) {
            throw new SessionException(e.getErrorMessage() + " [" + what + "]", e.getSqlState(), 0, e);
        } catch (MySQLException e) {
            throw new SessionException(e.getMessage() + " [" + what + "]", e.getSqlState(), e.getErrorCode(), e);
        }
    }

    private static List<Object[]> toRows(RowSet<Row> set) {
        List<Object[]> rows = new ArrayList<>(set.size());
        for (Row row : set) {
            Object[] values = new Object[row.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = fromDriver(row.getValue(i));
            }
            rows.add(values);
        }
        return rows;
    }

    private static Tuple tuple(List<?> params) {
        Tuple tuple = Tuple.tuple();
        for (Object param : params) {
            tuple.addValue(toDriver(param));
        }
        return tuple;
    }

    static Object fromDriver(Object value) {
        // Class tests first, most frequent first: each is one compare. The Buffer test, against an
        // interface, walks the value class's interfaces, so it comes after every common class.
        if (value == null || value instanceof String || value instanceof Long || value instanceof Double
                || value instanceof Boolean || value instanceof LocalDateTime) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Numeric numeric) {
            return numeric.isNaN() ? Double.NaN : numeric.bigDecimalValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof UUID uuid) {
            return uuid.toString();
        }
        if (value instanceof io.vertx.mutiny.core.buffer.Buffer buffer) {
            return buffer.getBytes();
        }
        if (value instanceof Buffer buffer) {
            return buffer.getBytes();
        }
        return value;
    }

    static Object toDriver(Object value) {
        if (value instanceof byte[] bytes) {
            return Buffer.buffer(bytes);
        }
        if (value instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        return value;
    }
}
