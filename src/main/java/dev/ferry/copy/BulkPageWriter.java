package dev.ferry.copy;

import dev.ferry.engine.dialect.BulkFormat;
import dev.ferry.engine.dialect.Dialect;
import dev.ferry.engine.dialect.FailureKind;
import dev.ferry.engine.session.BulkChannel;
import dev.ferry.engine.session.SessionException;

import java.util.List;
import java.util.function.Supplier;

/**
 * The target's bulk path (COPY, LOAD DATA LOCAL): each page rendered as one text stream and loaded
 * by one atomic statement. A server that refuses the bulk path (MySQL with local_infile off) gets
 * the INSERT path instead, from the first page on.
 */
final class BulkPageWriter implements PageWriter {

    private final TablePlan plan;
    private final ColumnPipeline pipeline;
    private final Dialect dialect;
    private final BulkFormat format;
    private final BulkFormat.RowRenderer renderer;
    private final BulkChannel channel;
    private final Supplier<PageWriter> fallbackOpener;
    private final CopyListener listener;
    private volatile PageWriter fallback;
    /** The last page's text length: the next page's buffer starts that large instead of growing to it. */
    private int lastLength = 1 << 16;

    BulkPageWriter(TablePlan plan, ColumnPipeline pipeline, Dialect dialect, BulkFormat format, BulkChannel channel,
                   Supplier<PageWriter> fallback, CopyListener listener) {
        this.plan = plan;
        this.pipeline = pipeline;
        this.dialect = dialect;
        this.format = format;
        this.renderer = format.renderer(plan.target());
        this.channel = channel;
        this.fallbackOpener = fallback;
        this.listener = listener;
    }

    private synchronized PageWriter fallback() {
        if (fallback == null) {
            fallback = fallbackOpener.get();
        }
        return fallback;
    }

    @Override
    public Page prepare(List<Object[]> rows) {
        PageWriter insert = fallback;
        if (insert != null) {
            return insert.prepare(rows);
        }
        long[] bytes = {0};
        StringBuilder text = new StringBuilder(lastLength + lastLength / 8);
        for (Object[] row : rows) {
            renderer.append(pipeline.toTargetRow(row, bytes), text);
        }
        lastLength = text.length();
        return new Page(rows, text, bytes[0]);
    }

    @Override
    public void write(Page page) {
        if (!(page.load() instanceof StringBuilder text)) {
            fallback().write(page);
            return;
        }
        long loaded;
        try {
            loaded = channel.load(format, plan.target(), text);
        } catch (SessionException e) {
            if (dialect.classify(e.sqlState(), e.vendorCode()) != FailureKind.BULK_LOAD_REFUSED) {
                throw e;
            }
            listener.event("Bulk load refused by the target for " + plan.name() + "; loading with INSERT instead");
            PageWriter insert = fallback();
            insert.write(insert.prepare(page.rows()));
            return;
        }
        if (loaded != page.rows().size()) {
            throw new IllegalStateException("The target loaded " + loaded + " of " + page.rows().size()
                    + " rows of a page of " + plan.name());
        }
    }
}
