package dev.ferry.copy;

import dev.ferry.engine.dialect.BulkBytes;
import dev.ferry.engine.dialect.BulkFormat;
import dev.ferry.engine.session.BulkChannel;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The target's binary bulk path (PostgreSQL binary COPY): each page one complete binary stream of
 * canonical values, loaded by one atomic statement. Page buffers are reused once loaded.
 */
final class BinaryPageWriter implements PageWriter {

    /** Buffers kept for reuse: pages read ahead plus pages being loaded stay within this. */
    private static final int SPARE_PAGES = 6;

    private final TablePlan plan;
    private final ColumnPipeline pipeline;
    private final BulkFormat.BinaryForm form;
    private final BulkChannel channel;
    private final BlockingQueue<BulkBytes> spare;

    BinaryPageWriter(TablePlan plan, ColumnPipeline pipeline, BulkFormat.BinaryForm form, BulkChannel channel,
                     BlockingQueue<BulkBytes> spare) {
        this.plan = plan;
        this.pipeline = pipeline;
        this.form = form;
        this.channel = channel;
        this.spare = spare;
    }

    /** Spare page buffers shared by the writers of one table. */
    static BlockingQueue<BulkBytes> spareBuffers() {
        return new ArrayBlockingQueue<>(SPARE_PAGES);
    }

    @Override
    public Page prepare(List<Object[]> rows) {
        long[] bytes = {0};
        BulkBytes page = spare.poll();
        if (page == null) {
            page = new BulkBytes(1 << 16);
        }
        form.begin(page);
        for (Object[] row : rows) {
            form.append(pipeline.toTargetCanonicalRow(row, bytes), page);
        }
        form.end(page);
        return new Page(rows.size(), page, bytes[0]);
    }

    @Override
    public void write(Page page) {
        long loaded = channel.load(form.statement(), (BulkBytes) page.load());
        if (loaded != page.size()) {
            throw new IllegalStateException("The target loaded " + loaded + " of " + page.size()
                    + " rows of a page of " + plan.name());
        }
    }

    @Override
    public void release(Page page) {
        BulkBytes buffer = (BulkBytes) page.load();
        buffer.reset();
        spare.offer(buffer);
    }
}
