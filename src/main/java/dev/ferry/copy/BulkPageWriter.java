package dev.ferry.copy;

import dev.ferry.engine.dialect.BulkFormat;
import dev.ferry.engine.session.BulkChannel;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The target's bulk path (COPY, LOAD DATA LOCAL): each page rendered as one text stream and loaded
 * by one atomic statement. Page texts are reused once loaded: a page is megabytes of text, and
 * fresh ones would be copied by the collector while they wait for a writer.
 */
final class BulkPageWriter implements PageWriter {

    /** Texts kept for reuse: pages read ahead plus pages being loaded stay within this. */
    private static final int SPARE_TEXTS = 6;

    private final TablePlan plan;
    private final ColumnPipeline pipeline;
    private final BulkFormat format;
    private final BulkFormat.RowRenderer renderer;
    private final BulkChannel channel;
    private final BlockingQueue<StringBuilder> spare;

    BulkPageWriter(TablePlan plan, ColumnPipeline pipeline, BulkFormat format, BulkChannel channel,
                   BlockingQueue<StringBuilder> spare) {
        this.plan = plan;
        this.pipeline = pipeline;
        this.format = format;
        this.renderer = format.renderer(plan.target());
        this.channel = channel;
        this.spare = spare;
    }

    /** Spare page texts shared by the writers of one table. */
    static BlockingQueue<StringBuilder> spareTexts() {
        return new ArrayBlockingQueue<>(SPARE_TEXTS);
    }

    @Override
    public Page prepare(List<Object[]> rows) {
        long[] bytes = {0};
        StringBuilder text = spare.poll();
        if (text == null) {
            text = new StringBuilder(1 << 16);
        }
        for (Object[] row : rows) {
            renderer.append(pipeline.toTargetRow(row, bytes), text);
        }
        return new Page(rows.size(), text, bytes[0]);
    }

    @Override
    public void write(Page page) {
        long loaded = channel.load(format, plan.target(), (StringBuilder) page.load());
        if (loaded != page.size()) {
            throw new IllegalStateException("The target loaded " + loaded + " of " + page.size()
                    + " rows of a page of " + plan.name());
        }
    }

    @Override
    public void release(Page page) {
        StringBuilder text = (StringBuilder) page.load();
        text.setLength(0);
        spare.offer(text);
    }
}
