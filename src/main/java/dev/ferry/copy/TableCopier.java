package dev.ferry.copy;

import dev.ferry.engine.dialect.Dialect;
import dev.ferry.engine.session.DbSession;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Copies the rows of one table: keyset pages in primary-key order (never OFFSET), or one cursor
 * for a table without a key. Pages are read (as rows, or as text a {@link TextRelay} passes on)
 * and prepared ahead on other threads; each page is
 * written and committed on the target, then checkpointed. A resume first deletes target rows
 * past the checkpoint, so it ends with exactly the source rows.
 */
final class TableCopier {

    /** Pages read ahead of the writer: enough to keep both sides busy, few enough to bound memory. */
    private static final int READ_AHEAD = 2;

    private final TablePlan plan;
    private final Dialect sourceDialect;
    private final Dialect targetDialect;
    private final ColumnPipeline pipeline;
    private final CopyListener listener;
    private final int batchSize;
    private final long pageBytes;
    private final String checkpointKey;

    TableCopier(TablePlan plan, Dialect sourceDialect, Dialect targetDialect, CopyListener listener, int batchSize,
                long pageBytes) {
        this.plan = plan;
        this.sourceDialect = sourceDialect;
        this.targetDialect = targetDialect;
        this.pipeline = new ColumnPipeline(plan, sourceDialect, targetDialect);
        this.listener = listener;
        this.batchSize = batchSize;
        this.pageBytes = pageBytes;
        this.checkpointKey = "table:" + plan.name();
    }

    ColumnPipeline pipeline() {
        return pipeline;
    }

    /**
     * Copies what is not yet copied with one or more writers (each on its own target connection),
     * reading through {@code relay} where given (the writers are then its writers, see
     * {@link TextRelay}); answers the rows the target holds for this table.
     */
    long copy(DbSession source, DbSession target, List<PageWriter> writers, Optional<TextRelay.Reader> relay) {
        KeyCodec.State state = listener.loadCheckpoint(checkpointKey).map(KeyCodec::read).orElse(KeyCodec.State.START);
        if (state.done()) {
            return state.rows();
        }
        long rows = plan.source().hasPrimaryKey() ? copyByKey(source, target, writers, state, relay)
                : copyAll(source, target, writers.get(0));
        listener.saveCheckpoint(checkpointKey, KeyCodec.write(new KeyCodec.State(null, rows, true)));
        return rows;
    }

    private long copyByKey(DbSession source, DbSession target, List<PageWriter> writers, KeyCodec.State state,
                           Optional<TextRelay.Reader> relay) {
        int[] keys = plan.keyPositions();
        // Pages are committed before their checkpoint is saved, and up to one page per writer may
        // be committed past it: after a crash, the first pages of a resume delete their keys first.
        int overlap = state.lastKey() == null ? 0 : writers.size();
        if (state.lastKey() == null) {
            target.update(targetDialect.data().deleteAll(plan.target()));
        }
        PageCommits.CheckpointSink checkpoints = (lastKey, rows, page) -> {
            listener.saveCheckpoint(checkpointKey, KeyCodec.write(new KeyCodec.State(lastKey, rows, false)));
            listener.progress(plan.name(), page.size(), page.bytes());
        };
        try (PageReadAhead<?> pages = relay.isPresent()
                ? relay.get().pages(plan.name(), READ_AHEAD, state.lastKey(), overlap, batchSize, pageBytes)
                : rowPages(source, state.lastKey(), keys, overlap, writers.get(0));
             PageCommits commits = new PageCommits(plan.name(), writers, state.rows(), checkpoints)) {
            for (PageWriter.Page page = pages.next(); page != null; page = pages.next()) {
                if (!page.targetKeys().isEmpty()) {
                    // One page at a time while a resume replaces what may be there: a delete next to
                    // a running load can deadlock with it.
                    commits.drain();
                    deleteKeys(target, page.targetKeys());
                }
                commits.submit(page);
                listener.throwIfCancelled();
            }
            return commits.finish();
        }
    }

    private PageReadAhead<List<Object[]>> rowPages(DbSession source, Object[] after, int[] keys, int overlap,
                                                   PageWriter encoder) {
        int[] prepared = {0};
        PageReadAhead.Preparer<List<Object[]>> prepare = rows -> encoder.prepare(rows).keyed(
                TablePlan.keyOf(rows.get(rows.size() - 1), keys),
                prepared[0]++ < overlap ? targetKeys(rows, keys) : List.of());
        return new PageReadAhead<>(plan.name(), READ_AHEAD, prepare, sink -> readByKey(source, after, keys, overlap, sink));
    }

    private List<Object[]> targetKeys(List<Object[]> rows, int[] keys) {
        List<Object[]> out = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            out.add(pipeline.toTargetValues(row, keys));
        }
        return out;
    }

    private void readByKey(DbSession source, Object[] after, int[] keys, int overlap,
                           PageReadAhead.PageSink<List<Object[]>> sink)
            throws InterruptedException {
        PageSizer sizer = new PageSizer(batchSize, pageBytes, overlap);
        int limit = sizer.rows();
        DbSession.PendingRows pending = readPage(source, after, limit);
        while (pending != null) {
            List<Object[]> page = pending.take();
            if (page.isEmpty()) {
                return;
            }
            sizer.observe(page);
            boolean more = page.size() == limit;
            if (more) {
                // The server reads the next page while this one is encoded.
                limit = sizer.rows();
                pending = readPage(source, TablePlan.keyOf(page.get(page.size() - 1), keys), limit);
            } else {
                pending = null;
            }
            sink.accept(page);
        }
    }

    private DbSession.PendingRows readPage(DbSession source, Object[] after, int limit) {
        return KeysetPage.send(source, sourceDialect.data(), plan.source(), after, limit);
    }

    private long copyAll(DbSession source, DbSession target, PageWriter writer) {
        // Without a key there is no exact place to resume from: start the table over.
        target.update(targetDialect.data().deleteAll(plan.target()));
        long rows = 0;
        PageSizer sizer = new PageSizer(batchSize, pageBytes);
        try (PageReadAhead<List<Object[]>> pages = new PageReadAhead<>(plan.name(), READ_AHEAD, writer::prepare,
                sink -> source.stream(sourceDialect.data().selectAll(plan.source()), List.of(), sizer::rows, chunk -> {
                    sizer.observe(chunk);
                    sink.accept(chunk);
                    return true;
                }))) {
            for (PageWriter.Page page = pages.next(); page != null; page = pages.next()) {
                try {
                    writer.write(page);
                } finally {
                    writer.release(page);
                }
                rows += page.size();
                listener.progress(plan.name(), page.size(), page.bytes());
                listener.throwIfCancelled();
            }
        }
        return rows;
    }

    private void deleteKeys(DbSession target, List<Object[]> targetKeys) {
        int width = targetKeys.get(0).length;
        int perStatement = Math.max(1, targetDialect.data().maxParameters() / width);
        for (int from = 0; from < targetKeys.size(); from += perStatement) {
            int to = Math.min(targetKeys.size(), from + perStatement);
            List<Object> params = new ArrayList<>((to - from) * width);
            for (Object[] key : targetKeys.subList(from, to)) {
                params.addAll(Arrays.asList(key));
            }
            target.update(targetDialect.data().deleteByKeys(plan.target(), to - from), params);
        }
    }
}
