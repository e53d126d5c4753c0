package dev.ferry.copy;

import dev.ferry.engine.dialect.DataSql;
import dev.ferry.engine.dialect.Dialect;
import dev.ferry.engine.session.DbSession;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Copies the rows of one table: keyset pages in primary-key order (never OFFSET), or one cursor
 * for a table without a key; each page is written and committed on the target, then
 * checkpointed. A resume first deletes target rows past the checkpoint, so it ends with exactly
 * the source rows.
 */
final class TableCopier {

    private final TablePlan plan;
    private final Dialect sourceDialect;
    private final Dialect targetDialect;
    private final ColumnPipeline pipeline;
    private final CopyListener listener;
    private final int batchSize;
    private final String checkpointKey;
    /** Rows per INSERT (bounded by the target's parameter limit) and its SQL, built once per table. */
    private final int rowsPerInsert;
    private final String fullInsert;

    TableCopier(TablePlan plan, Dialect sourceDialect, Dialect targetDialect, CopyListener listener, int batchSize) {
        this.plan = plan;
        this.sourceDialect = sourceDialect;
        this.targetDialect = targetDialect;
        this.pipeline = new ColumnPipeline(plan, sourceDialect, targetDialect);
        this.listener = listener;
        this.batchSize = batchSize;
        this.checkpointKey = "table:" + plan.name();
        int byParameters = Math.max(1, targetDialect.data().maxParameters() / pipeline.width());
        this.rowsPerInsert = Math.min(batchSize, byParameters);
        this.fullInsert = targetDialect.data().insert(plan.target(), rowsPerInsert);
    }

    /** Copies what is not yet copied; answers the rows the target holds for this table. */
    long copy(DbSession source, DbSession target) {
        KeyCodec.State state = listener.loadCheckpoint(checkpointKey).map(KeyCodec::read).orElse(KeyCodec.State.START);
        if (state.done()) {
            return state.rows();
        }
        long rows = plan.source().hasPrimaryKey() ? copyByKey(source, target, state) : copyAll(source, target);
        listener.saveCheckpoint(checkpointKey, KeyCodec.write(new KeyCodec.State(null, rows, true)));
        return rows;
    }

    private long copyByKey(DbSession source, DbSession target, KeyCodec.State state) {
        DataSql read = sourceDialect.data();
        int[] keys = plan.keyPositions();
        Object[] lastKey = state.lastKey();
        long rows = state.rows();
        // A page is committed on the target before its checkpoint is saved, so after a crash the
        // page following the checkpoint may already be there: the first page deletes its keys.
        boolean mayOverlap = true;
        if (lastKey == null) {
            target.update(targetDialect.data().deleteAll(plan.target()));
            mayOverlap = false;
        }
        String first = read.selectPage(plan.source(), batchSize, false);
        String next = read.selectPage(plan.source(), batchSize, true);
        while (true) {
            List<Object[]> page = lastKey == null ? source.query(first) : source.query(next, Arrays.asList(lastKey));
            if (page.isEmpty()) {
                return rows;
            }
            if (mayOverlap) {
                deleteKeys(target, page, keys);
                mayOverlap = false;
            }
            write(target, page);
            Object[] last = page.get(page.size() - 1);
            lastKey = new Object[keys.length];
            for (int k = 0; k < keys.length; k++) {
                lastKey[k] = last[keys[k]];
            }
            rows += page.size();
            listener.saveCheckpoint(checkpointKey, KeyCodec.write(new KeyCodec.State(lastKey, rows, false)));
            listener.throwIfCancelled();
            if (page.size() < batchSize) {
                return rows;
            }
        }
    }

    private long copyAll(DbSession source, DbSession target) {
        // Without a key there is no exact place to resume from: start the table over.
        target.update(targetDialect.data().deleteAll(plan.target()));
        long[] rows = {0};
        source.stream(sourceDialect.data().selectAll(plan.source()), List.of(), batchSize, page -> {
            write(target, page);
            rows[0] += page.size();
            listener.throwIfCancelled();
            return true;
        });
        return rows[0];
    }

    private void write(DbSession target, List<Object[]> page) {
        int width = pipeline.width();
        long[] bytes = {0};
        target.begin();
        try {
            for (int from = 0; from < page.size(); from += rowsPerInsert) {
                int to = Math.min(page.size(), from + rowsPerInsert);
                List<Object> params = new ArrayList<>((to - from) * width);
                for (int r = from; r < to; r++) {
                    params.addAll(Arrays.asList(pipeline.toTargetRow(page.get(r), bytes)));
                }
                String sql = to - from == rowsPerInsert ? fullInsert : targetDialect.data().insert(plan.target(), to - from);
                target.update(sql, params);
            }
            target.commit();
        } catch (RuntimeException e) {
            target.rollback();
            throw e;
        }
        listener.progress(plan.name(), page.size(), bytes[0]);
    }

    private void deleteKeys(DbSession target, List<Object[]> page, int[] keys) {
        int perStatement = Math.max(1, targetDialect.data().maxParameters() / keys.length);
        for (int from = 0; from < page.size(); from += perStatement) {
            int to = Math.min(page.size(), from + perStatement);
            List<Object> params = new ArrayList<>();
            for (int r = from; r < to; r++) {
                params.addAll(Arrays.asList(pipeline.toTargetValues(page.get(r), keys)));
            }
            target.update(targetDialect.data().deleteByKeys(plan.target(), to - from), params);
        }
    }
}
