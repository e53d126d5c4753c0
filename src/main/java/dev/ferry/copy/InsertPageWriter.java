package dev.ferry.copy;

import dev.ferry.engine.dialect.DataSql;
import dev.ferry.engine.session.DbSession;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Multi-row INSERT statements in one transaction per page: the path every engine has. */
final class InsertPageWriter implements PageWriter {

    private final ColumnPipeline pipeline;
    private final DbSession target;
    private final DataSql sql;
    private final TablePlan plan;
    /** Rows per INSERT (bounded by the target's parameter limit) and its SQL, built once per table. */
    private final int rowsPerInsert;
    private final String fullInsert;

    InsertPageWriter(TablePlan plan, ColumnPipeline pipeline, DataSql sql, DbSession target, int batchSize) {
        this.plan = plan;
        this.pipeline = pipeline;
        this.sql = sql;
        this.target = target;
        this.rowsPerInsert = Math.min(batchSize, Math.max(1, sql.maxParameters() / pipeline.width()));
        this.fullInsert = sql.insert(plan.target(), rowsPerInsert);
    }

    @Override
    public Page prepare(List<Object[]> rows) {
        long[] bytes = {0};
        List<List<Object>> statements = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += rowsPerInsert) {
            int to = Math.min(rows.size(), from + rowsPerInsert);
            List<Object> params = new ArrayList<>((to - from) * pipeline.width());
            for (int r = from; r < to; r++) {
                params.addAll(Arrays.asList(pipeline.toTargetRow(rows.get(r), bytes)));
            }
            statements.add(params);
        }
        return new Page(rows.size(), statements, bytes[0]);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void write(Page page) {
        List<List<Object>> statements = (List<List<Object>>) page.load();
        target.begin();
        try {
            for (List<Object> params : statements) {
                int rows = params.size() / pipeline.width();
                target.update(rows == rowsPerInsert ? fullInsert : sql.insert(plan.target(), rows), params);
            }
            target.commit();
        } catch (RuntimeException e) {
            target.rollback();
            throw e;
        }
    }
}
