package dev.ferry.engine.session;

import dev.ferry.engine.Engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

/** A session on a SQLite file through sqlite-jdbc. SQLite values are few: long, double, text, blob. */
final class SqliteSession implements DbSession {

    private final Connection connection;

    SqliteSession(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Engine engine() {
        return Engine.SQLITE;
    }

    @Override
    public List<Object[]> query(String sql, List<?> params) {
        List<Object[]> rows = new ArrayList<>();
        stream(sql, params, () -> Integer.MAX_VALUE, chunk -> rows.addAll(chunk));
        return rows;
    }

    @Override
    public void stream(String sql, List<?> params, IntSupplier chunkRows, RowSink sink) {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            int width = rs.getMetaData().getColumnCount();
            List<Object[]> chunk = new ArrayList<>();
            int limit = chunkRows.getAsInt();
            while (rs.next()) {
                Object[] row = new Object[width];
                for (int i = 0; i < width; i++) {
                    row[i] = fromDriver(rs.getObject(i + 1));
                }
                chunk.add(row);
                if (chunk.size() >= limit) {
                    if (!sink.accept(chunk)) {
                        return;
                    }
                    chunk = new ArrayList<>();
                    limit = chunkRows.getAsInt();
                }
            }
            if (!chunk.isEmpty() || limit == Integer.MAX_VALUE) {
                sink.accept(chunk);
            }
        } catch (SQLException e) {
            throw failure(e, sql);
        } catch (SessionException e) {
            throw e;
        } catch (Exception e) {
            throw new SessionException(e.getMessage(), null, 0, e);
        }
    }

    @Override
    public long update(String sql, List<?> params) {
        try (PreparedStatement ps = prepare(sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(e, sql);
        }
    }

    @Override
    public void batch(String sql, List<Object[]> rows) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(ps, List.of(row));
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw failure(e, sql);
        }
    }

    @Override
    public void begin() {
        try {
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw failure(e, "BEGIN");
        }
    }

    @Override
    public void commit() {
        try {
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw failure(e, "COMMIT");
        }
    }

    @Override
    public void rollback() {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw failure(e, "ROLLBACK");
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure(e, "close");
        }
    }

    private PreparedStatement prepare(String sql, List<?> params) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        bind(ps, params);
        return ps;
    }

    private static void bind(PreparedStatement ps, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    private static Object fromDriver(Object value) {
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        return value;
    }

    private static SessionException failure(SQLException e, String sql) {
        // sqlite-jdbc reports the SQLite result code (e.g. 19 = SQLITE_CONSTRAINT) as the vendor code.
        return new SessionException(e.getMessage() + " [" + sql + "]", e.getSQLState(), e.getErrorCode(), e);
    }
}
