package dev.ferry.engine.session;

import dev.ferry.engine.dialect.BulkFormat;
import dev.ferry.engine.model.Table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code LOAD DATA LOCAL INFILE} over the reactive MySQL client, which answers the server's file
 * request from the local file system: each page goes through a private temporary file, deleted
 * after the load. Loads run in a transaction that is rolled back when the server reports warnings,
 * because LOCAL loads turn conversion errors and duplicate keys into warnings instead of failing.
 */
final class MySqlInfileChannel implements BulkChannel {

    private final DbSession session;
    private final Path file;

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
        try {
            Files.writeString(file, rows, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Rows for LOAD DATA cannot be written to " + file, e);
        }
        session.begin();
        try {
            long loaded = session.update(format.statement(table, file.toString()));
            long warnings = ((Number) session.queryValue(format.warningCountQuery(), List.of())).longValue();
            if (warnings > 0) {
                throw new SessionException("LOAD DATA into " + table.name() + " raised " + warnings
                        + " warning(s); the page was rolled back rather than kept with altered values", null, 0, null);
            }
            session.commit();
            return loaded;
        } catch (RuntimeException e) {
            session.rollback();
            throw e;
        }
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
