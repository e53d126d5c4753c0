package dev.ferry.engine.session;

import dev.ferry.engine.dialect.BulkBytes;
import dev.ferry.engine.dialect.BulkFormat;
import dev.ferry.engine.model.Table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code LOAD DATA LOCAL INFILE} over the reactive MySQL client, which answers the server's file
 * request from the local file system: each page goes through a private temporary file, deleted
 * after the load. Loads run in a transaction that is rolled back when the server reports warnings,
 * because LOCAL loads turn conversion errors and duplicate keys into warnings instead of failing.
 *
 * <p>The client sends the whole file as one request, which the server refuses (closing the
 * connection) beyond its max_allowed_packet: a larger page is loaded in several files, cut at row
 * ends, in the same transaction.
 */
final class MySqlInfileChannel implements BulkChannel {

    /** Room left in a request for the protocol's own framing. */
    private static final int FRAMING_BYTES = 1024;

    private final DbSession session;
    private final Path file;
    private final PageUtf8 utf8 = new PageUtf8();
    private long requestLimit;

    MySqlInfileChannel(DbSession session) {
        this.session = session;
        try {
            this.file = Files.createTempFile("ferry-load-", ".tsv");
        } catch (IOException e) {
            session.close();
            throw new UncheckedIOException("A temporary file for LOAD DATA cannot be created", e);
        }
    }

    @Override
    public void execute(String sql) {
        session.update(sql);
    }

    @Override
    public long load(BulkFormat format, Table table, CharSequence rows) {
        ByteBuffer encoded = utf8.encode(rows);
        return loadBytes(format, table, encoded.array(), encoded.limit());
    }

    @Override
    public long loadText(BulkFormat format, Table table, BulkBytes utf8Rows) {
        return loadBytes(format, table, utf8Rows.array(), utf8Rows.length());
    }

    private long loadBytes(BulkFormat format, Table table, byte[] bytes, int length) {
        long limit = requestLimit(format);
        session.begin();
        try {
            long loaded = 0;
            int from = 0;
            do {
                int to = fileEnd(bytes, length, from, limit, table);
                loaded += loadFile(format, table, bytes, from, to);
                from = to;
            } while (from < length);
            session.commit();
            return loaded;
        } catch (RuntimeException e) {
            session.rollback();
            throw e;
        }
    }

    private long loadFile(BulkFormat format, Table table, byte[] bytes, int from, int to) {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes, from, to - from);
        } catch (IOException e) {
            throw new UncheckedIOException("Rows for LOAD DATA cannot be written to " + file, e);
        }
        long loaded = session.update(format.statement(table, file.toString()));
        long warnings = ((Number) session.queryValue(format.warningCountQuery(), List.of())).longValue();
        if (warnings > 0) {
            throw new SessionException("LOAD DATA into " + table.name() + " raised " + warnings
                    + " warning(s); the page was rolled back rather than kept with altered values", null, 0, null);
        }
        return loaded;
    }

    /** Where the file that starts at {@code from} ends: at the page's end, or after the last whole row that fits. */
    private static int fileEnd(byte[] bytes, int length, int from, long limit, Table table) {
        if (length - from <= limit) {
            return length;
        }
        // A newline byte only ends rows: newlines in values are escaped, and UTF-8 never uses 0x0A inside a character.
        for (int i = (int) (from + limit - 1); i >= from; i--) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
        }
        long megabytes = Math.round((limit + FRAMING_BYTES) / (1024.0 * 1024));
        throw new SessionException("A row of " + table.name() + " is larger in LOAD DATA than the target accepts in"
                + " one request (max_allowed_packet = " + megabytes + " MB); raise max_allowed_packet on the server"
                + " above the largest row (binary values travel as hex: twice their size)", null, 0, null);
    }

    private long requestLimit(BulkFormat format) {
        if (requestLimit == 0) {
            String query = format.requestLimitQuery();
            requestLimit = query == null ? Long.MAX_VALUE
                    : ((Number) session.queryValue(query, List.of())).longValue() - FRAMING_BYTES;
        }
        return requestLimit;
    }

    @Override
    public Optional<DbSession> session() {
        return Optional.of(session);
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A temporary file left behind is removed with the temporary directory.
        } finally {
            session.close();
        }
    }
}
