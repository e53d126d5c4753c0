package dev.ferry.copy;

import dev.ferry.engine.dialect.Dialect;
import dev.ferry.engine.dialect.FailureKind;
import dev.ferry.engine.session.SessionException;

import java.util.List;

/**
 * Writes a page again when the target aborted its transaction to break a deadlock with another
 * writer of the same table: two loads into an empty InnoDB table both ask for its table lock, for
 * one. A page is written all or nothing, so writing it again is exact; other failures pass through.
 */
final class ConflictRetryingWriter implements PageWriter {

    /** Writes of one page before its conflict is reported as the failure. */
    static final int ATTEMPTS = 3;

    private final PageWriter writer;
    private final Dialect dialect;
    private final CopyListener listener;
    private final String table;

    ConflictRetryingWriter(PageWriter writer, Dialect dialect, CopyListener listener, String table) {
        this.writer = writer;
        this.dialect = dialect;
        this.listener = listener;
        this.table = table;
    }

    @Override
    public Page prepare(List<Object[]> rows) {
        return writer.prepare(rows);
    }

    @Override
    public void write(Page page) {
        for (int attempt = 1; ; attempt++) {
            try {
                writer.write(page);
                return;
            } catch (SessionException e) {
                if (attempt == ATTEMPTS || dialect.classify(e.sqlState(), e.vendorCode()) != FailureKind.CONFLICT) {
                    throw e;
                }
                listener.event("A page of " + table + " was rolled back by the target to resolve a conflict with "
                        + "another writer; writing it again (attempt " + (attempt + 1) + " of " + ATTEMPTS + ")");
            }
        }
    }

    @Override
    public void release(Page page) {
        writer.release(page);
    }
}
